// Live credential check against the provider, after the format checks of the schemas.
import "server-only";
import { getEnv } from "@/lib/env";
import { validateTelesignCredentials } from "@/lib/providers/telesign/client";
import { validateTwilioCredentials } from "@/lib/providers/twilio/client";

type Credentials =
  { provider: "TWILIO"; accountSid: string; authToken: string } | { provider: "TELESIGN"; customerId: string; apiKey: string };

export type CredentialCheck =
  | { ok: true; providerName: string | null; providerType: string | null; providerStatus: string | null }
  | { ok: false; reason: string; field: string | null };

export async function checkCredentials(credentials: Credentials): Promise<CredentialCheck> {
  const env = getEnv();
  if (credentials.provider === "TWILIO") {
    const result = await validateTwilioCredentials({ ...credentials, baseUrl: env.TWILIO_API_BASE_URL });
    if (!result.ok) return { ok: false, reason: `twilio.${result.reason}`, field: result.field };
    return {
      ok: true,
      providerName: result.account.friendlyName,
      providerType: result.account.type,
      providerStatus: result.account.status,
    };
  }
  const result = await validateTelesignCredentials({ ...credentials, baseUrl: env.TELESIGN_API_BASE_URL });
  if (!result.ok) return { ok: false, reason: `telesign.${result.reason}`, field: result.field };
  return { ok: true, providerName: null, providerType: null, providerStatus: "active" };
}

/** The columns that record a check's outcome on the account. */
export function validationColumns(check: CredentialCheck | null) {
  if (!check)
    return {
      validationStatus: "NOT_VALIDATED" as const,
      validationReason: null,
      validatedAt: null,
      providerName: null,
      providerType: null,
      providerStatus: null,
    };
  if (!check.ok) return { validationStatus: "FAILED" as const, validationReason: check.reason, validatedAt: new Date() };
  return {
    validationStatus: "VALID" as const,
    validationReason: null,
    validatedAt: new Date(),
    providerName: check.providerName,
    providerType: check.providerType,
    providerStatus: check.providerStatus,
  };
}

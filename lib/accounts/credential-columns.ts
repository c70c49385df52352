import "server-only";
import { randomBytes } from "node:crypto";
import { ActionError } from "@/lib/actions/action-error";
import type { AccountDetails, AccountDetailsUpdate } from "./accounts.schema";
import type { CredentialCheck } from "./check-credentials";

/** 256 random bits: the unguessable part of an account's callback URL. */
export function newCallbackKey(): string {
  return randomBytes(32).toString("base64url");
}

/** Credential columns for a provider; the other provider's columns are cleared. */
export function credentialColumns(details: AccountDetails) {
  if (details.provider === "TWILIO") {
    return {
      twilioAccountSid: details.accountSid,
      twilioAuthToken: details.authToken,
      isSandbox: details.isSandbox,
      sandboxJoinCode: details.isSandbox ? (details.sandboxJoinCode ?? null) : null,
      telesignCustomerId: null,
      telesignApiKey: null,
    };
  }
  return {
    telesignCustomerId: details.customerId,
    telesignApiKey: details.apiKey,
    twilioAccountSid: null,
    twilioAuthToken: null,
    isSandbox: false,
    sandboxJoinCode: null,
  };
}

/** A failed live check, as an error on the input that caused it (or on the form when none did). */
export function credentialError(check: Extract<CredentialCheck, { ok: false }>): ActionError {
  return new ActionError("validation", `accounts.validation.${check.reason}`, check.field ? { field: `details.${check.field}` } : {});
}

/** New credentials must include the secret (only a stored account can fall back to its own). */
export function requireSecret(details: AccountDetailsUpdate): AccountDetails {
  if (details.provider === "TWILIO" && details.authToken) return { ...details, authToken: details.authToken };
  if (details.provider === "TELESIGN" && details.apiKey) return { ...details, apiKey: details.apiKey };
  throw new ActionError("validation", "validation.credentials.required", {
    field: details.provider === "TWILIO" ? "details.authToken" : "details.apiKey",
  });
}

// Twilio REST (2010-04-01) calls the console needs: check an Account SID + Auth Token pair, look up
// one of the account's numbers, and verify X-Twilio-Signature on webhooks. Pure (no "server-only")
// so it is unit-tested against real local HTTP servers; results never contain the Auth Token.
import twilio from "twilio";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { joinUrl, requestProvider, type FetchImpl, type ProviderFailure } from "@/lib/providers/types";

export type TwilioFailureReason =
  | "authFailed"
  | "testCredentials"
  | "accountNotFound"
  | "accountSuspended"
  | "accountClosed"
  | "unreachable"
  | "timeout"
  | "unexpectedResponse";

export type TwilioFailure = ProviderFailure<TwilioFailureReason>;

type TwilioConnection = {
  accountSid: string;
  authToken: string;
  baseUrl?: string;
  timeoutMs?: number;
  fetchImpl?: FetchImpl;
};

export type TwilioAccount = { friendlyName: string; type: "Trial" | "Full"; status: "active" | "suspended" | "closed" };

export type TwilioIncomingNumber = {
  sid: string;
  phoneNumber: string;
  friendlyName: string;
  smsCapable: boolean;
  smsUrl: string | null;
  smsMethod: string | null;
  smsApplicationSid: string | null;
};

// Twilio's error body, e.g. {"code":20003,"message":"Authenticate","more_info":"…","status":401}.
const errorBodySchema = z.object({ code: z.number(), message: z.string().optional() });

// Fields per the OpenAPI spec (api.v2010.account); the resource also carries auth_token, which we
// deliberately never read.
const accountSchema = z.object({
  friendly_name: z.string().nullable(),
  type: z.enum(["Trial", "Full"]),
  status: z.enum(["active", "suspended", "closed"]),
});

// Twilio sends "" rather than null for unset URLs and SIDs; treat both as "not set".
const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value ? value : null));

const incomingNumberSchema = z.object({
  sid: z.string(),
  phone_number: z.string(),
  friendly_name: z.string().nullable(),
  capabilities: z.object({ sms: z.boolean().nullish() }).nullish(),
  sms_url: optionalText,
  sms_method: optionalText,
  sms_application_sid: optionalText,
});

const incomingNumberPageSchema = z.object({ incoming_phone_numbers: z.array(incomingNumberSchema) });

/** Fetches the account itself: the cheapest authenticated read, and it tells us the account status. */
export async function validateTwilioCredentials({
  accountSid,
  authToken,
  baseUrl,
  timeoutMs = 10_000,
  fetchImpl = fetch,
}: TwilioConnection): Promise<{ ok: true; account: TwilioAccount } | TwilioFailure> {
  const result = await getTwilio({ accountSid, authToken, baseUrl, timeoutMs, fetchImpl }, `/2010-04-01/Accounts/${encodeURIComponent(accountSid)}.json`);
  if (!result.ok) return result;

  const parsed = accountSchema.safeParse(result.body);
  if (!parsed.success) return failure("unexpectedResponse", result.status, null);
  const { friendly_name, type, status } = parsed.data;
  // A suspended or closed account still authenticates for this read, but cannot send or receive.
  if (status === "suspended") return failure("accountSuspended", result.status, null);
  if (status === "closed") return failure("accountClosed", result.status, null);
  return { ok: true, account: { friendlyName: friendly_name ?? "", type, status } };
}

/**
 * Finds the account's number with exactly this E.164 value. Twilio's PhoneNumber filter also
 * matches partial numbers, so the page is filtered again for an exact match.
 */
export async function findIncomingNumber({
  accountSid,
  authToken,
  phoneNumber,
  baseUrl,
  timeoutMs = 10_000,
  fetchImpl = fetch,
}: TwilioConnection & { phoneNumber: string }): Promise<
  { ok: true; number: TwilioIncomingNumber | null } | TwilioFailure
> {
  const query = new URLSearchParams({ PhoneNumber: phoneNumber, PageSize: "50" });
  const path = `/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/IncomingPhoneNumbers.json?${query.toString()}`;
  const result = await getTwilio({ accountSid, authToken, baseUrl, timeoutMs, fetchImpl }, path);
  if (!result.ok) return result;

  const parsed = incomingNumberPageSchema.safeParse(result.body);
  if (!parsed.success) return failure("unexpectedResponse", result.status, null);
  const match = parsed.data.incoming_phone_numbers.find((entry) => entry.phone_number === phoneNumber);
  if (!match) return { ok: true, number: null };
  return {
    ok: true,
    number: {
      sid: match.sid,
      phoneNumber: match.phone_number,
      friendlyName: match.friendly_name ?? match.phone_number,
      smsCapable: match.capabilities?.sms === true,
      smsUrl: match.sms_url,
      smsMethod: match.sms_method,
      smsApplicationSid: match.sms_application_sid,
    },
  };
}

export type TwilioParams = Record<string, string | string[]>;

/** Reads a form-encoded webhook body, keeping repeated keys as arrays (Twilio signs every value). */
export function parseTwilioForm(rawBody: string): TwilioParams {
  const params: TwilioParams = {};
  for (const [key, value] of new URLSearchParams(rawBody)) {
    const existing = params[key];
    params[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return params;
}

/**
 * Checks X-Twilio-Signature with the official library. Form webhooks pass the POST parameters
 * (repeated keys as arrays: Twilio signs every value, sorted); JSON webhooks pass the raw body,
 * whose SHA-256 must match the URL's bodySHA256 parameter. `url` is the exact URL Twilio called.
 */
export function verifyTwilioSignature(
  input: { authToken: string; signature: string; url: string } & ({ params: TwilioParams } | { rawBody: string }),
): boolean {
  if (!input.signature || !input.authToken) return false;
  try {
    if ("rawBody" in input) return twilio.validateRequestWithBody(input.authToken, input.signature, input.url, input.rawBody);
    return twilio.validateRequest(input.authToken, input.signature, input.url, input.params);
  } catch {
    // validateRequest parses the URL and throws on a malformed one: that is simply "not valid".
    return false;
  }
}

type TwilioGet = { ok: true; status: number; body: unknown } | TwilioFailure;

type ResolvedConnection = Omit<Required<TwilioConnection>, "baseUrl"> & { baseUrl: string | undefined };

async function getTwilio(connection: ResolvedConnection, path: string): Promise<TwilioGet> {
  const { accountSid, authToken, timeoutMs, fetchImpl } = connection;
  const baseUrl = connection.baseUrl ?? getEnv().TWILIO_API_BASE_URL;
  const response = await requestProvider({
    url: joinUrl(baseUrl, path),
    init: {
      method: "GET",
      headers: {
        Authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`, "utf8").toString("base64")}`,
        Accept: "application/json",
      },
    },
    timeoutMs,
    fetchImpl,
  });
  if (response.kind !== "response") return failure(response.kind, null, null);
  if (response.status === 200) return { ok: true, status: response.status, body: response.body };
  return classifyTwilioError(response.status, response.body);
}

/** Maps a non-200 answer to a reason, by Twilio's error code first and the HTTP status second. */
export function classifyTwilioError(httpStatus: number, body: unknown): TwilioFailure {
  const parsed = errorBodySchema.safeParse(body);
  const code = parsed.success ? parsed.data.code : null;
  // 20005 "Account not active": Twilio refuses a suspended (or unpaid) account outright.
  if (code === 20005) return failure("accountSuspended", httpStatus, code);
  if (code === 20008) return failure("testCredentials", httpStatus, code);
  if (code === 20404 || httpStatus === 404) return failure("accountNotFound", httpStatus, code);
  // 20003 is the documented code, but a proxy stripping the header also yields a bare 401.
  if (code === 20003 || httpStatus === 401) return failure("authFailed", httpStatus, code);
  return failure("unexpectedResponse", httpStatus, code);
}

/** The credential input each reason points at: the token for a wrong pair, the SID for the account's state. */
export const TWILIO_REASON_FIELD: Record<TwilioFailureReason, "accountSid" | "authToken" | null> = {
  authFailed: "authToken",
  testCredentials: "accountSid",
  accountNotFound: "accountSid",
  accountSuspended: "accountSid",
  accountClosed: "accountSid",
  unreachable: null,
  timeout: null,
  unexpectedResponse: null,
};

function failure(reason: TwilioFailureReason, httpStatus: number | null, providerCode: number | null): TwilioFailure {
  return { ok: false, reason, field: TWILIO_REASON_FIELD[reason], httpStatus, providerCode };
}

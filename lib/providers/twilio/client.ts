// Twilio REST (2010-04-01) calls the console needs: check an Account SID + Auth Token pair, look up
// one of the account's numbers and re-point its SMS webhook, and verify X-Twilio-Signature on webhooks. Pure (no "server-only")
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
  | "numberNotFound"
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
  const result = await callTwilio(
    { accountSid, authToken, baseUrl, timeoutMs, fetchImpl },
    `/2010-04-01/Accounts/${encodeURIComponent(accountSid)}.json`,
  );
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
}: TwilioConnection & { phoneNumber: string }): Promise<{ ok: true; number: TwilioIncomingNumber | null } | TwilioFailure> {
  const query = new URLSearchParams({ PhoneNumber: phoneNumber, PageSize: "50" });
  const path = `/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/IncomingPhoneNumbers.json?${query.toString()}`;
  const result = await callTwilio({ accountSid, authToken, baseUrl, timeoutMs, fetchImpl }, path);
  if (!result.ok) return result;

  const parsed = incomingNumberPageSchema.safeParse(result.body);
  if (!parsed.success) return failure("unexpectedResponse", result.status, null);
  const match = parsed.data.incoming_phone_numbers.find((entry) => entry.phone_number === phoneNumber);
  if (!match) return { ok: true, number: null };
  return { ok: true, number: toIncomingNumber(match) };
}

/**
 * Points one of the account's numbers at an SMS webhook (POST …/IncomingPhoneNumbers/{Sid}.json).
 * An `sms_application_sid` makes Twilio ignore SmsUrl, so clearSmsApplication also sends an empty
 * SmsApplicationSid, which detaches the TwiML App (the OpenAPI spec's pattern lists only AP… values;
 * Twilio's fields take "" as "none"). Clear only an AP… SID: an MG… value stands for a Messaging
 * Service (see lib/inventory/webhook-health.ts), which this call must not detach.
 */
export async function updateIncomingNumberWebhook({
  accountSid,
  authToken,
  numberSid,
  smsUrl,
  smsMethod = "POST",
  clearSmsApplication = false,
  baseUrl,
  timeoutMs = 10_000,
  fetchImpl = fetch,
}: TwilioConnection & { numberSid: string; smsUrl: string; smsMethod?: "GET" | "POST"; clearSmsApplication?: boolean }): Promise<
  { ok: true; number: TwilioIncomingNumber } | TwilioFailure
> {
  const form = new URLSearchParams({ SmsUrl: smsUrl, SmsMethod: smsMethod });
  if (clearSmsApplication) form.set("SmsApplicationSid", "");
  const path = `/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/IncomingPhoneNumbers/${encodeURIComponent(numberSid)}.json`;
  const result = await callTwilio({ accountSid, authToken, baseUrl, timeoutMs, fetchImpl }, path, form);
  if (!result.ok) {
    // The pair authenticated (a bad pair is 401) and the account is the caller's own, so a 404 here
    // is the number: released or moved to another account since it was looked up.
    return result.httpStatus === 404 ? { ...result, reason: "numberNotFound", field: TWILIO_REASON_FIELD.numberNotFound } : result;
  }

  const parsed = incomingNumberSchema.safeParse(result.body);
  if (!parsed.success) return failure("unexpectedResponse", result.status, null);
  return { ok: true, number: toIncomingNumber(parsed.data) };
}

function toIncomingNumber(entry: z.output<typeof incomingNumberSchema>): TwilioIncomingNumber {
  return {
    sid: entry.sid,
    phoneNumber: entry.phone_number,
    friendlyName: entry.friendly_name ?? entry.phone_number,
    smsCapable: entry.capabilities?.sms === true,
    smsUrl: entry.sms_url,
    smsMethod: entry.sms_method,
    smsApplicationSid: entry.sms_application_sid,
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

type TwilioAnswer = { ok: true; status: number; body: unknown } | TwilioFailure;

type ResolvedConnection = Omit<Required<TwilioConnection>, "baseUrl"> & { baseUrl: string | undefined };

/** GET, or POST with a form body (Twilio's writes are application/x-www-form-urlencoded). */
async function callTwilio(connection: ResolvedConnection, path: string, form?: URLSearchParams): Promise<TwilioAnswer> {
  const { accountSid, authToken, timeoutMs, fetchImpl } = connection;
  const baseUrl = connection.baseUrl ?? getEnv().TWILIO_API_BASE_URL;
  const headers: Record<string, string> = {
    Authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`, "utf8").toString("base64")}`,
    Accept: "application/json",
  };
  if (form) headers["Content-Type"] = "application/x-www-form-urlencoded";
  const response = await requestProvider({
    url: joinUrl(baseUrl, path),
    init: form ? { method: "POST", headers, body: form.toString() } : { method: "GET", headers },
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
  numberNotFound: null,
  unreachable: null,
  timeout: null,
  unexpectedResponse: null,
};

function failure(reason: TwilioFailureReason, httpStatus: number | null, providerCode: number | null): TwilioFailure {
  return { ok: false, reason, field: TWILIO_REASON_FIELD[reason], httpStatus, providerCode };
}

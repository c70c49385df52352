// TeleSign SMS send (POST /v1/messaging), signed with the "TSA" HMAC-SHA256 scheme of client.ts.
// Pure (no "server-only") so it is tested against a local server that checks the signature; no
// result carries the API key. Facts: shared/reference/telesign-facts.md §1–2.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { decodeTelesignApiKey, signTelesignRequest } from "@/lib/providers/telesign/client";
import { joinUrl, parseRetryAfter, requestProvider, type FetchImpl, type SendFailureKind } from "@/lib/providers/types";

export type TelesignSendFailure = {
  ok: false;
  /** TeleSign's first error code as text ("11000"), else its status code, else our own word ("unreachable", "http-502"). */
  errorCode: string;
  httpStatus: number | null;
  /** TeleSign's description of that code ("Invalid value for parameter sender_id."), when it gave one. */
  message: string | null;
  reason: "rejected" | "auth" | "unreachable" | "timeout";
  /** What the send job may do about it (see lib/providers/types.ts). */
  kind: SendFailureKind;
  /** TeleSign's Retry-After, when it gave one with a 429. */
  retryAfterMs: number | null;
};

export type TelesignSendResult = { ok: true; referenceId: string; statusCode: number } | TelesignSendFailure;

const RESOURCE = "/v1/messaging";
const CONTENT_TYPE = "application/x-www-form-urlencoded";

const successSchema = z.object({ reference_id: z.string().min(1), status: z.object({ code: z.number() }) });
const failureSchema = z
  .object({
    status: z
      .object({ code: z.union([z.number(), z.string()]), description: z.string().nullish().catch(null) })
      .partial()
      .nullish(),
    errors: z
      .array(z.object({ code: z.union([z.number(), z.string()]), description: z.string().nullish().catch(null) }).partial())
      .nullish(),
  })
  .partial();

/**
 * Sends one transactional SMS (message_type ARN: replies in a conversation are neither one-time
 * codes nor marketing). TeleSign answers 200 with status 290 "Message in progress"; delivery
 * reports follow at callback_url, or at the account's configured callback when none is given.
 */
export async function sendTelesignMessage(options: {
  customerId: string;
  apiKey: string;
  phoneNumber: string;
  message: string;
  callbackUrl?: string;
  externalId?: string;
  /** Our number the message should leave from (see telesignSenderId), so the answer comes back to it. */
  senderId?: string | null;
  baseUrl?: string;
  timeoutMs?: number;
  fetchImpl?: FetchImpl;
}): Promise<TelesignSendResult> {
  const { customerId, apiKey, timeoutMs = 15_000, fetchImpl = fetch } = options;
  // A key that is not base64 cannot sign anything TeleSign would accept: fail as auth, unsent.
  if (!decodeTelesignApiKey(apiKey))
    return {
      ok: false,
      errorCode: "malformedApiKey",
      httpStatus: null,
      message: null,
      reason: "auth",
      kind: "refused",
      retryAfterMs: null,
    };

  // TeleSign wants the country code and digits only: no "+", spaces or punctuation (facts §1).
  const form = new URLSearchParams({ phone_number: options.phoneNumber.replace(/\D/g, ""), message: options.message, message_type: "ARN" });
  if (options.callbackUrl) form.append("callback_url", options.callbackUrl);
  if (options.externalId) form.append("external_id", options.externalId);
  const senderId = options.senderId ? telesignSenderId(options.senderId) : null;
  if (senderId) form.append("sender_id", senderId);
  const body = form.toString();

  const date = new Date().toUTCString();
  const nonce = randomUUID();
  const authorization = signTelesignRequest({
    method: "POST",
    contentType: CONTENT_TYPE,
    date,
    nonce,
    body,
    resource: RESOURCE,
    customerId,
    apiKey,
  });
  const response = await requestProvider({
    url: joinUrl(options.baseUrl ?? getEnv().TELESIGN_API_BASE_URL, RESOURCE),
    init: {
      method: "POST",
      headers: {
        Authorization: authorization,
        Date: date,
        "x-ts-auth-method": "HMAC-SHA256",
        "x-ts-nonce": nonce,
        "Content-Type": CONTENT_TYPE,
        Accept: "application/json",
      },
      body,
    },
    timeoutMs,
    fetchImpl,
  });
  if (response.kind !== "response")
    return {
      ok: false,
      errorCode: response.kind,
      httpStatus: null,
      message: null,
      reason: response.kind,
      kind: response.requestSent ? "outcomeUnknown" : "notSent",
      retryAfterMs: null,
    };

  if (response.status === 200) {
    const parsed = successSchema.safeParse(response.body);
    if (parsed.success) return { ok: true, referenceId: parsed.data.reference_id, statusCode: parsed.data.status.code };
  }
  return classifySendFailure(response.status, response.body, response.headers.get("retry-after"));
}

// TeleSign's throttling answer: HTTP 429 "Too many requests" (its API references list it for every
// product; telesign-facts.md), with 10019 as the SMS API's rate-limit error code.
const TELESIGN_RATE_LIMIT_CODES = new Set(["10019"]);

/**
 * Our number as TeleSign's `sender_id` (≤ 20 characters, whitelisted on the account; facts §1):
 * digits with the country code for a phone number ("+1 425…" → "1425…"), a short code's digits
 * ("US:12345" → "12345"), an alphanumeric sender as it is. Null when nothing usable is left.
 */
export function telesignSenderId(address: string): string | null {
  const bare = address.replace(/^whatsapp:/, "").trim();
  const shortCode = /^[A-Z]{2}:(\d+)$/.exec(bare);
  const value = shortCode ? shortCode[1]! : /^[+\d\s().-]+$/.test(bare) ? bare.replace(/\D/g, "") : bare.replace(/[^A-Za-z0-9]/g, "");
  return value && value.length <= 20 ? value : null;
}

/** TeleSign asks clients to code against the body's codes, not the HTTP status: errors[] first, then status.code. */
function classifySendFailure(httpStatus: number, body: unknown, retryAfter: string | null): TelesignSendFailure {
  const parsed = failureSchema.safeParse(body);
  const data = parsed.success ? parsed.data : {};
  const firstError = (data.errors ?? []).find((error) => error.code !== undefined);
  const code = firstError?.code ?? data.status?.code;
  const message = (firstError ? firstError.description : data.status?.description)?.slice(0, 500) ?? null;
  const errorCode = code === undefined ? `http-${httpStatus}` : String(code);
  const isRateLimited = httpStatus === 429 || TELESIGN_RATE_LIMIT_CODES.has(errorCode);
  // 401 is the auth layer (Invalid Customer ID/API key/signature, suspended); the codes differ by API family.
  return {
    ok: false,
    errorCode,
    httpStatus,
    message,
    reason: httpStatus === 401 ? "auth" : "rejected",
    kind: isRateLimited ? "rateLimited" : "refused",
    retryAfterMs: isRateLimited ? parseRetryAfter(retryAfter, Date.now()) : null,
  };
}

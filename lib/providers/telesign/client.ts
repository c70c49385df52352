// TeleSign REST calls the console needs: sign requests with the "TSA" HMAC-SHA256 scheme, check a
// Customer ID + API key pair, and verify callback signatures. Pure (no "server-only") so it is
// unit-tested against TeleSign's SDK vectors and real local HTTP servers; never returns the key.
// Facts and sources: shared/reference/telesign-facts.md; codes: see TELESIGN_CODE_REASONS below.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { joinUrl, requestProvider, type FetchImpl, type ProviderFailure } from "@/lib/providers/types";

export type TelesignFailureReason =
  | "invalidCustomerId"
  | "invalidApiKey"
  | "malformedApiKey" // not base64 — refused before any request
  | "accountSuspended"
  | "accountNotActivated"
  | "accountNotAuthorized" // the SMS product is not enabled for this Customer ID
  | "ipNotAllowed" // this server's IP/host is not on the account's allow-list
  | "apiHostNotAllowed" // TELESIGN_API_BASE_URL is a host this account may not use
  | "clockSkew" // this server's clock is too far from TeleSign's for the signed Date
  | "rateLimited"
  | "credentialsRefused" // a 401 with no code at all: TeleSign refused the pair without saying which part
  | "unreachable"
  | "timeout"
  | "unexpectedResponse";

export type TelesignFailure = ProviderFailure<TelesignFailureReason>;

/**
 * TeleSign error codes that name a cause the admin can act on. TeleSign asks clients to code
 * against these, not the HTTP status. Two families answer the same checks:
 * - five-digit positive codes of the SMS API (GET/POST /v1/messaging) — developer.telesign.com
 *   /enterprise/docs/all-status-and-error-codes, rows "associated with: SMS" (read via the
 *   api-evangelist/telesign transcription errors/telesign-error-codes.yml; the stored page copy
 *   only exposed its first screen);
 * - the older negative codes of the same auth layer — /enterprise/reference/sendsmsverifycode and
 *   /getverifystatus (401 tables), /enterprise/docs/all-status-and-error-codes "Error codes".
 * Codes for malformed requests (missing headers, bad nonce) are our bugs, not the admin's, and are
 * left out on purpose: they surface as "unexpectedResponse" with the code attached.
 */
export const TELESIGN_CODE_REASONS: ReadonlyMap<number, TelesignFailureReason> = new Map([
  [10015, "invalidCustomerId"], // Invalid Customer ID.
  [-30000, "invalidCustomerId"], // Invalid Customer ID.
  [-20001, "invalidCustomerId"], // Invalid Request: CustomerID Parameter (listed under 401)
  [10022, "invalidApiKey"], // Invalid API Key. (Basic auth)
  [-30015, "invalidApiKey"], // Invalid API Key.
  // Invalid Signature: with digest auth a wrong key is only visible as a wrong signature; our
  // signing itself is pinned by TeleSign's SDK vectors.
  [10008, "invalidApiKey"],
  [-30006, "invalidApiKey"],
  [10010, "accountSuspended"], // CustomerID Account Suspended
  [-30001, "accountSuspended"], // Customer ID Account Suspended.
  [-30002, "accountNotActivated"], // Customer ID Account Not Activated.
  [10011, "accountNotAuthorized"], // This product is not enabled for this CustomerID.
  [-20002, "accountNotAuthorized"], // This product is not enabled for this Customer ID.
  [10014, "ipNotAllowed"], // Invalid source IP address.
  [-10009, "ipNotAllowed"], // Invalid source IP address
  [10031, "ipNotAllowed"], // Not Allowed Host (IP/hostname allow-list)
  [10035, "apiHostNotAllowed"], // The requested API host is not allowed for this CustomerID.
  [10004, "clockSkew"], // 'Date' or 'x-ts-date' header is not within tolerable range
  [-30010, "clockSkew"],
  [10019, "rateLimited"], // Rate Limit Exceeded
  [-40007, "rateLimited"],
]);

/** The credential input each reason points at. */
export const TELESIGN_REASON_FIELD: Record<TelesignFailureReason, "customerId" | "apiKey" | null> = {
  invalidCustomerId: "customerId",
  invalidApiKey: "apiKey",
  malformedApiKey: "apiKey",
  accountSuspended: "customerId",
  accountNotActivated: "customerId",
  accountNotAuthorized: "customerId",
  ipNotAllowed: null,
  apiHostNotAllowed: null,
  clockSkew: null,
  rateLimited: null,
  credentialsRefused: "apiKey",
  unreachable: null,
  timeout: null,
  unexpectedResponse: null,
};

/**
 * Decodes an API key as canonical, padded standard base64, or returns null. Strict on purpose:
 * TeleSign's own SDKs disagree on anything else (Python drops "-", Node reads it as base64url "+"),
 * so a key outside the alphabet would sign differently depending on who decodes it.
 */
export function decodeTelesignApiKey(apiKey: string): Buffer | null {
  if (apiKey === "" || !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(apiKey)) return null;
  const bytes = Buffer.from(apiKey, "base64");
  // Re-encoding catches non-zero padding bits, which lenient decoders silently drop.
  return bytes.toString("base64") === apiKey ? bytes : null;
}

type SignedParts = { method: string; contentType: string; date: string; nonce: string; body: string; resource: string };

/**
 * The string TeleSign signs (facts §2). GET and DELETE sign an empty content type whatever header
 * is sent, the body line only appears when there is a body, and the resource is the path alone.
 */
export function telesignStringToSign({ method, contentType, date, nonce, body, resource }: SignedParts): string {
  const verb = method.toUpperCase();
  const signedContentType = verb === "GET" || verb === "DELETE" ? "" : contentType;
  const lines = [verb, signedContentType, date, "x-ts-auth-method:HMAC-SHA256", `x-ts-nonce:${nonce}`];
  if (body !== "") lines.push(body);
  lines.push(resource);
  return lines.join("\n");
}

/** The Authorization header value "TSA <customer id>:<signature>". Throws if the key is not base64. */
export function signTelesignRequest(parts: SignedParts & { customerId: string; apiKey: string }): string {
  const key = decodeTelesignApiKey(parts.apiKey);
  if (!key) throw new TypeError("The TeleSign API key is not valid base64");
  const signature = createHmac("sha256", key).update(telesignStringToSign(parts), "utf8").digest("base64");
  return `TSA ${parts.customerId}:${signature}`;
}

/** Basic auth, which TeleSign also accepts; used by the fake and for completeness. */
export function telesignBasicAuthorization(customerId: string, apiKey: string): string {
  return `Basic ${Buffer.from(`${customerId}:${apiKey}`, "utf8").toString("base64")}`;
}

/**
 * Verifies a callback's "TSA <customer id>:<signature>" header (Authorization or X-TS-Authorization)
 * over the raw body bytes. TeleSign signs the body only — no date or nonce — so this proves origin,
 * not freshness; callers must make deliveries idempotent.
 */
export function verifyTelesignCallback({
  customerId,
  apiKey,
  authorization,
  rawBody,
}: {
  customerId: string;
  apiKey: string;
  authorization: string | null | undefined;
  rawBody: string | Uint8Array;
}): boolean {
  const match = /^TSA ([^:\s]+):(\S+)$/.exec((authorization ?? "").trim());
  const key = decodeTelesignApiKey(apiKey);
  if (!match || !key) return false;
  const [, headerCustomerId = "", headerSignature = ""] = match;
  // Customer IDs are GUIDs; admins may paste them in either case.
  if (headerCustomerId.toUpperCase() !== customerId.trim().toUpperCase()) return false;
  const expected = createHmac("sha256", key).update(rawBody).digest();
  const given = Buffer.from(headerSignature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const responseBodySchema = z
  .object({
    status: z.object({ code: z.number() }).partial().nullish(),
    errors: z.array(z.object({ code: z.union([z.number(), z.string()]) }).partial()).nullish(),
  })
  .partial();

/**
 * Proves a Customer ID + API key pair without sending or buying anything: an authenticated status
 * poll (GET /v1/messaging/{reference_id}, read-only) for a random reference id. TeleSign checks
 * credentials before looking the id up, so a known auth code means the pair is wrong, while a
 * "not found"/"invalid reference" answer (404/400) means TeleSign accepted the credentials. A send
 * with missing parameters would also not send, but relies on TeleSign validating auth before input.
 */
export async function validateTelesignCredentials({
  customerId,
  apiKey,
  baseUrl,
  timeoutMs = 10_000,
  fetchImpl = fetch,
}: {
  customerId: string;
  apiKey: string;
  baseUrl?: string;
  timeoutMs?: number;
  fetchImpl?: FetchImpl;
}): Promise<{ ok: true } | TelesignFailure> {
  if (!decodeTelesignApiKey(apiKey)) return failure("malformedApiKey", null, null);
  const resource = `/v1/messaging/${randomBytes(16).toString("hex").toUpperCase()}`;
  const date = new Date().toUTCString(); // RFC 2616 / RFC 822 form, e.g. "Wed, 14 Dec 2016 18:20:12 GMT"
  const nonce = randomUUID();
  const authorization = signTelesignRequest({ method: "GET", contentType: "", date, nonce, body: "", resource, customerId, apiKey });
  const response = await requestProvider({
    url: joinUrl(baseUrl ?? getEnv().TELESIGN_API_BASE_URL, resource),
    init: {
      method: "GET",
      headers: {
        Authorization: authorization,
        Date: date,
        "x-ts-auth-method": "HMAC-SHA256",
        "x-ts-nonce": nonce,
        Accept: "application/json",
      },
    },
    timeoutMs,
    fetchImpl,
  });
  if (response.kind !== "response") return failure(response.kind, null, null);
  return classifyTelesignProbe(response.status, response.body);
}

/** Reads TeleSign's codes (errors[].code first, then status.code) and decides what the probe proved. */
export function classifyTelesignProbe(httpStatus: number, body: unknown): { ok: true } | TelesignFailure {
  const parsed = responseBodySchema.safeParse(body);
  const data = parsed.success ? parsed.data : {};
  const codes = [...(data.errors ?? []).map((error) => Number(error.code)), Number(data.status?.code)].filter(Number.isFinite);
  for (const code of codes) {
    const reason = TELESIGN_CODE_REASONS.get(code);
    if (reason) return failure(reason, httpStatus, code);
  }
  const firstCode = codes[0] ?? null;
  if (httpStatus === 429) return failure("rateLimited", httpStatus, firstCode);
  // An empty 401 (no body, or one without codes) is still a refusal of these credentials, not noise.
  if (httpStatus === 401 && firstCode === null) return failure("credentialsRefused", httpStatus, null);
  // Past the auth layer: the made-up reference id is unknown (404) or refused as input (400).
  if (httpStatus === 200 || httpStatus === 400 || httpStatus === 404) return { ok: true };
  return failure("unexpectedResponse", httpStatus, firstCode);
}

function failure(reason: TelesignFailureReason, httpStatus: number | null, providerCode: number | null): TelesignFailure {
  return { ok: false, reason, field: TELESIGN_REASON_FIELD[reason], httpStatus, providerCode };
}

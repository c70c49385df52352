// Twilio Programmable Messaging calls: send a message (SMS, MMS, WhatsApp free text or a Content
// template) and download an inbound message's media. Pure (no "server-only") so both are tested
// against real local HTTP servers; no result or log ever carries the Auth Token.
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { joinUrl, parseRetryAfter, requestProvider, type FetchImpl, type SendFailureKind } from "@/lib/providers/types";

export type TwilioSendFailure = {
  ok: false;
  /** Twilio's error code as text ("21610"), or our own word when Twilio gave none ("unreachable", "http-502"). */
  errorCode: string;
  httpStatus: number | null;
  message: string | null;
  reason: "rejected" | "auth" | "unreachable" | "timeout";
  /** What the send job may do about it: retry (rate limited, not sent), wait for the status callback, or give up. */
  kind: SendFailureKind;
  /** Twilio's Retry-After, when it gave one with a 429. */
  retryAfterMs: number | null;
};

export type TwilioSendResult = { ok: true; sid: string; status: string } | TwilioSendFailure;

type Connection = { accountSid: string; authToken: string; baseUrl?: string; timeoutMs?: number; fetchImpl?: FetchImpl };

/**
 * A send waits this long for Twilio's answer: longer than undici's 10 s connect timeout, so a connect
 * that hangs fails as "not sent" (safe to retry) before this deadline can call it "may have been sent".
 */
export const SEND_TIMEOUT_MS = 15_000;

// {"code":21610,"message":"Attempt to send to unsubscribed recipient","more_info":"…","status":400}
const errorBodySchema = z.object({ code: z.number(), message: z.string().nullish() });
const messageSchema = z.object({ sid: z.string().min(1), status: z.string() });

/**
 * POST /2010-04-01/Accounts/{sid}/Messages.json. `from` may be a number, short code, sender ID or
 * "whatsapp:+…"; with messagingServiceSid (MG…) Twilio picks the sender from that Messaging Service's
 * pool instead, and From is left out. With contentSid, Twilio renders the approved template and ignores Body.
 * Errors worth knowing: 21610 unsubscribed recipient, 21211 invalid To, 63016 outside the WhatsApp window.
 */
export async function sendTwilioMessage(
  options: Connection & {
    to: string;
    from: string;
    /** Send through this Messaging Service instead of From. */
    messagingServiceSid?: string | null;
    body?: string;
    mediaUrls?: string[];
    contentSid?: string;
    contentVariables?: Record<string, string>;
    statusCallback: string;
  },
): Promise<TwilioSendResult> {
  const { accountSid, authToken, timeoutMs = SEND_TIMEOUT_MS, fetchImpl = fetch } = options;
  const form = new URLSearchParams(
    options.messagingServiceSid
      ? { To: options.to, MessagingServiceSid: options.messagingServiceSid }
      : { To: options.to, From: options.from },
  );
  if (options.body) form.append("Body", options.body);
  // Twilio reads a repeated MediaUrl key as the list of attachments (up to 10).
  for (const url of options.mediaUrls ?? []) form.append("MediaUrl", url);
  if (options.contentSid) form.append("ContentSid", options.contentSid);
  if (options.contentVariables) form.append("ContentVariables", JSON.stringify(options.contentVariables));
  form.append("StatusCallback", options.statusCallback);

  const baseUrl = options.baseUrl ?? getEnv().TWILIO_API_BASE_URL;
  const response = await requestProvider({
    url: joinUrl(baseUrl, `/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`),
    init: {
      method: "POST",
      headers: {
        Authorization: basicAuthorization(accountSid, authToken),
        Accept: "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: form.toString(),
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

  if (response.status >= 200 && response.status < 300) {
    const parsed = messageSchema.safeParse(response.body);
    // Twilio queued it, but without its SID only the status callback (which names our id) can tell what became of it.
    if (!parsed.success)
      return {
        ok: false,
        errorCode: "unexpectedResponse",
        httpStatus: response.status,
        message: null,
        reason: "rejected",
        kind: "outcomeUnknown",
        retryAfterMs: null,
      };
    return { ok: true, sid: parsed.data.sid, status: parsed.data.status };
  }

  const error = errorBodySchema.safeParse(response.body);
  const code = error.success ? error.data.code : null;
  // 20003 "Authenticate" is the documented code; a proxy that strips the body still leaves the 401.
  const reason = response.status === 401 || code === 20003 ? "auth" : "rejected";
  // 429 with error 20429 "Too Many Requests": Twilio's API concurrency limit; nothing was queued.
  const isRateLimited = response.status === 429 || code === 20429;
  return {
    ok: false,
    errorCode: code === null ? `http-${response.status}` : String(code),
    httpStatus: response.status,
    message: error.success ? (error.data.message ?? null) : null,
    reason,
    kind: isRateLimited ? "rateLimited" : "refused",
    retryAfterMs: isRateLimited ? parseRetryAfter(response.headers.get("retry-after"), Date.now()) : null,
  };
}

export type TwilioMediaResult = { ok: true; contentType: string; data: Buffer } | { ok: false; reason: TwilioMediaFailure };

/**
 * notOwnResource: the URL isn't this account's media on the Twilio API (never fetched with its
 * credentials); credentialsRefused: Twilio answered 401/403; notFound: 404/410, the media expired or
 * was deleted at Twilio; tooLarge: over the cap; unreachable: network, timeout, 5xx, odd redirects.
 */
export type TwilioMediaFailure = "notOwnResource" | "credentialsRefused" | "notFound" | "tooLarge" | "unreachable";

const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Downloads an inbound MediaUrlN. Credentials go only to the configured Twilio API origin and only
 * for this account's own resources, so a forged webhook cannot make us send the Auth Token to
 * another host. Twilio answers with a redirect to a short-lived signed CDN URL, which is followed
 * (at most 3 hops) without the Authorization header: the signature in the URL is the credential.
 */
export async function fetchTwilioMedia(options: Connection & { url: string; maxBytes: number }): Promise<TwilioMediaResult> {
  const { accountSid, authToken, maxBytes, timeoutMs = 30_000, fetchImpl = fetch } = options;
  const baseUrl = options.baseUrl ?? getEnv().TWILIO_API_BASE_URL;
  if (!isOwnTwilioResource(options.url, baseUrl, accountSid)) return { ok: false, reason: "notOwnResource" };

  // One deadline for the whole chain and the body, like requestProvider's.
  const signal = AbortSignal.timeout(timeoutMs);
  let url = new URL(options.url);
  let headers: Record<string, string> = { Authorization: basicAuthorization(accountSid, authToken) };
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetchImpl(url, { headers, redirect: "manual", signal });
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get("location");
        const next = location ? safeRedirect(location, url) : null;
        if (!next || hop >= MAX_REDIRECTS) return { ok: false, reason: "unreachable" };
        url = next;
        headers = {};
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        if (response.status === 404 || response.status === 410) return { ok: false, reason: "notFound" };
        // 401/403: Twilio refused this account's credentials for the media.
        if (response.status === 401 || response.status === 403) return { ok: false, reason: "credentialsRefused" };
        return { ok: false, reason: "unreachable" };
      }
      const data = await readCapped(response, maxBytes);
      if (!data) return { ok: false, reason: "tooLarge" };
      return { ok: true, contentType: mediaType(response.headers.get("content-type")), data };
    }
  } catch {
    // Network failure or the deadline; the caller can retry either way.
    return { ok: false, reason: "unreachable" };
  }
}

/** The URL is on the configured Twilio origin, under this account's own path (after normalising "..") */
function isOwnTwilioResource(rawUrl: string, baseUrl: string, accountSid: string): boolean {
  try {
    const url = new URL(rawUrl);
    return (
      url.origin === new URL(baseUrl).origin &&
      !url.username &&
      !url.password &&
      url.pathname.startsWith(`/2010-04-01/Accounts/${accountSid}/`)
    );
  } catch {
    return false;
  }
}

function safeRedirect(location: string, from: URL): URL | null {
  try {
    const next = new URL(location, from);
    return next.protocol === "https:" || next.protocol === "http:" ? next : null;
  } catch {
    return null;
  }
}

/** Reads the body, giving up (null) as soon as it passes maxBytes, whatever Content-Length claimed. */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer | null> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function mediaType(header: string | null): string {
  const type = (header ?? "").split(";")[0]?.trim().toLowerCase();
  return type ? type : "application/octet-stream";
}

function basicAuthorization(accountSid: string, authToken: string): string {
  return `Basic ${Buffer.from(`${accountSid}:${authToken}`, "utf8").toString("base64")}`;
}

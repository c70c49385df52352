// What every provider client returns when a call fails, plus the one fetch wrapper they share so
// "unreachable" and "timeout" mean the same thing for Twilio and TeleSign. Pure (no "server-only"),
// so the clients stay unit-testable; nothing in here ever carries a credential.

/**
 * A failed provider call. `field` names the credential input the admin should fix (so the form can
 * put the message under it), or null when no input is to blame (network, provider trouble).
 */
export type ProviderFailure<R extends string> = {
  ok: false;
  reason: R;
  field: string | null;
  httpStatus: number | null;
  providerCode: number | string | null;
};

export type FetchImpl = typeof fetch;

/**
 * `requestSent` on a failure: false only when the request provably never left (no connection was
 * made: refused, DNS, connect timeout), so sending it again cannot duplicate anything; true when the
 * provider may have received it (no answer in time, connection reset after the request went out).
 */
export type ProviderResponse =
  | { kind: "response"; status: number; body: unknown; headers: Headers }
  | { kind: "timeout"; requestSent: true }
  | { kind: "unreachable"; requestSent: boolean };

// Errors raised while connecting, before any byte of the request was written: DNS failures, refused
// or unroutable connections, and undici's own connect timeout (10 s by default, shorter than a send's
// overall timeout, so a connect that hangs ends here rather than in the overall timeout), TLS refusals.
const BEFORE_SEND_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EAI_NODATA",
  "EAI_NONAME",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
]);

/**
 * Whether a fetch failure happened before the request was sent. fetch rejects with a TypeError whose
 * `cause` carries the system error's code (an AggregateError of them when several addresses were
 * tried). Anything not known to be before sending counts as "may have been sent": the safe side.
 */
export function failedBeforeSending(error: unknown): boolean {
  const cause = error instanceof Error ? (error as Error & { cause?: unknown }).cause : undefined;
  const codes: unknown[] = [];
  for (const candidate of [error, cause]) {
    if (typeof candidate !== "object" || candidate === null) continue;
    codes.push((candidate as { code?: unknown }).code);
    const inner = (candidate as { errors?: unknown }).errors;
    if (Array.isArray(inner)) for (const item of inner) codes.push((item as { code?: unknown } | null)?.code);
  }
  const known = codes.filter((code): code is string => typeof code === "string");
  return known.length > 0 && known.every((code) => BEFORE_SEND_CODES.has(code));
}

/**
 * Sends one request and reads its body as JSON (null when it is not JSON). The timeout covers the
 * body too, so a provider that sends headers and then stalls still ends in "timeout".
 * Network failures are reported, never thrown: callers turn them into typed failures.
 */
export async function requestProvider({
  url,
  init,
  timeoutMs,
  fetchImpl,
}: {
  url: string;
  init: RequestInit;
  timeoutMs: number;
  fetchImpl: FetchImpl;
}): Promise<ProviderResponse> {
  try {
    // redirect "manual": a redirect would re-send our credentials somewhere we did not choose; it
    // surfaces as an unexpected 3xx instead.
    const response = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
    const text = await response.text();
    return { kind: "response", status: response.status, body: parseJson(text), headers: response.headers };
  } catch (error) {
    // AbortSignal.timeout() rejects with a DOMException named "TimeoutError": no answer in time, and
    // the request may have reached the provider. Anything else thrown by fetch (ECONNREFUSED,
    // ENOTFOUND, TLS, reset) means we never got an answer; only some of those prove nothing was sent.
    if (isTimeout(error)) return { kind: "timeout", requestSent: true };
    return { kind: "unreachable", requestSent: !failedBeforeSending(error) };
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Joins a base URL (no trailing slash expected, tolerated anyway) and an absolute path. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}

/**
 * Retry-After (RFC 9110 §10.2.3) as milliseconds from `nowMs`: delay-seconds or an HTTP-date. Null
 * when absent or unreadable; a date in the past is 0. Capped at an hour: a longer pause is not a
 * retry we would wait for inside a conversation.
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  // An HTTP-date has a weekday and month name; anything else that isn't plain digits is not one.
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) - nowMs : Number.NaN;
  if (!Number.isFinite(ms)) return null;
  return Math.min(Math.max(0, ms), 3_600_000);
}

/** Why a send failed, in the terms the send job decides on (lib/message-engine/send-retry.ts). */
export type SendFailureKind =
  /** The provider refused it for now (HTTP 429, Twilio 20429, TeleSign throttling): nothing was sent. */
  | "rateLimited"
  /** No connection was made: nothing was sent. */
  | "notSent"
  /** The request went out but no answer came back: the provider may have the message. */
  | "outcomeUnknown"
  /** The provider answered with a refusal (or credentials failed): final. */
  | "refused";

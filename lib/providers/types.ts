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

export type ProviderResponse = { kind: "response"; status: number; body: unknown } | { kind: "timeout" } | { kind: "unreachable" };

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
    return { kind: "response", status: response.status, body: parseJson(text) };
  } catch (error) {
    // AbortSignal.timeout() rejects with a DOMException named "TimeoutError"; anything else thrown by
    // fetch (ECONNREFUSED, ENOTFOUND, TLS, reset) means we never got an answer.
    return isTimeout(error) ? { kind: "timeout" } : { kind: "unreachable" };
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

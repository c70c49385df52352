// What an outbound message that hasn't gone through yet is waiting for, and whether the agent may
// resend a failed one (decision 033). Pure: the thread (browser) and the resend action share it.

export type PendingSendState =
  { kind: "retrying"; reason: "rateLimited" | "unreachable"; retryAt: string | null } | { kind: "awaitingStatus" } | null;

// Twilio 20429 / HTTP 429, TeleSign's throttling (10019, HTTP 429): the provider refused for now.
const RATE_LIMITED = /^(20429|10019|14107|http-429)$/;

/** A PENDING message's wait, from what the send job stored: retrying after a refusal, or awaiting the provider's status. */
export function pendingSendState(message: {
  status: string;
  errorCode: string | null;
  sendAfter: string | null;
  awaitingStatusSince: string | null;
}): PendingSendState {
  if (message.status !== "PENDING") return null;
  if (message.awaitingStatusSince) return { kind: "awaitingStatus" };
  if (!message.errorCode) return null;
  return { kind: "retrying", reason: RATE_LIMITED.test(message.errorCode) ? "rateLimited" : "unreachable", retryAt: message.sendAfter };
}

/**
 * Failures after which sending the same text again is the agent's call: the provider never confirmed
 * it (no status report, an unreadable answer), or never took it (rate limited or unreachable until the
 * retries ran out, provider errors 5xx). Refusals about the customer or the content (21610, 63016…)
 * would only fail again.
 */
export function canResend(message: { direction: string; status: string; errorCode: string | null }): boolean {
  if (message.direction !== "OUTBOUND" || message.status !== "FAILED" || !message.errorCode) return false;
  return (
    ["noStatusReport", "timeout", "unexpectedResponse", "unreachable"].includes(message.errorCode) ||
    RATE_LIMITED.test(message.errorCode) ||
    /^http-5\d\d$/.test(message.errorCode)
  );
}

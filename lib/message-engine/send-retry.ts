// What the send job does when a provider didn't take a message (decision 033). Pure, with the clock
// and the random source passed in, so the backoff is unit-tested without waiting:
// - rate limited (HTTP 429, Twilio 20429, TeleSign throttling) or not sent at all (no connection):
//   nothing reached the provider, so it is sent again after an exponential backoff with jitter, or
//   after the provider's Retry-After when it gave one;
// - outcome unknown (the request went out, no answer came back): never sent again by itself; the
//   status callback completes it, else it fails after AWAIT_STATUS_MS with "noStatusReport";
// - refused: final.
import type { SendFailureKind } from "@/lib/providers/types";

export const SEND_RETRY = {
  /** Provider calls in all (the first and its retries) before a message that never went out fails. */
  maxAttempts: 6,
  /** The first backoff; each further attempt waits about twice as long. */
  baseMs: 2_000,
  /** No single wait is longer. */
  capMs: 120_000,
};

/** How long a message whose outcome is unknown waits for the provider's status callback. */
export const AWAIT_STATUS_MS = 10 * 60_000;

/**
 * Exponential backoff with "equal jitter": attempt 1 waits between base/2 and base, attempt n between
 * half and all of base·2ⁿ⁻¹ (capped), so messages throttled together don't come back together.
 */
export function backoffMs(attempt: number, random: () => number, options: { baseMs: number; capMs: number } = SEND_RETRY): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export type SendFailureDecision = { action: "retry"; delayMs: number } | { action: "awaitStatus" } | { action: "fail" };

/**
 * `attempt`: provider calls so far, this one included (1 after the first). A Retry-After is waited out
 * in full, plus up to a second of jitter (at most 10 %), and never shorter than the backoff would be.
 */
export function decideAfterFailure(options: {
  kind: SendFailureKind;
  attempt: number;
  retryAfterMs: number | null;
  random: () => number;
}): SendFailureDecision {
  const { kind, attempt, retryAfterMs, random } = options;
  if (kind === "outcomeUnknown") return { action: "awaitStatus" };
  if (kind === "refused" || attempt >= SEND_RETRY.maxAttempts) return { action: "fail" };
  const backoff = backoffMs(attempt, random);
  if (kind === "rateLimited" && retryAfterMs !== null) {
    const jitter = random() * Math.min(1_000, retryAfterMs * 0.1);
    return { action: "retry", delayMs: Math.max(Math.round(retryAfterMs + jitter), Math.round(backoff / 2)) };
  }
  return { action: "retry", delayMs: backoff };
}

/** Whether an unconfirmed message has waited long enough for its status callback to be given up on. */
export function isStatusWaitOver(awaitingSince: Date, now: Date): boolean {
  return now.getTime() - awaitingSince.getTime() >= AWAIT_STATUS_MS;
}

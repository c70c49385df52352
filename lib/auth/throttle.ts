// Progressive slow-down of password guessing: after a few failures for the same email (or from the
// same client) each further attempt must wait twice as long as the previous one, up to 15 minutes.
export const FREE_ATTEMPTS = 5;
// One client (IP) may try several accounts; it gets a larger allowance than a single email.
export const CLIENT_ALLOWANCE = FREE_ATTEMPTS * 4;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_WAIT_SECONDS = 15 * 60;

/** Seconds the caller must still wait before another attempt is evaluated (0 = go ahead). */
export function secondsUntilNextAttempt(recentFailures: number, lastFailureAt: Date | null, now: Date): number {
  if (recentFailures < FREE_ATTEMPTS || !lastFailureAt) return 0;
  const wait = Math.min(2 ** (recentFailures - FREE_ATTEMPTS + 1), MAX_WAIT_SECONDS);
  const elapsed = (now.getTime() - lastFailureAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(wait - elapsed));
}

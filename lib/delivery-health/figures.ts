// Pure arithmetic of delivery health, shared by the pages and the tests: totals, rates and the
// "problems" a ranking sorts by.
/** What became of an outbound message, as the health views count it. */
export const OUTCOMES = ["delivered", "sent", "pending", "undelivered", "failed"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type OutcomeCounts = Record<Outcome, number>;

export const emptyOutcomes = (): OutcomeCounts => ({ delivered: 0, sent: 0, pending: 0, undelivered: 0, failed: 0 });

export const TOP_ERROR_CODES = 6;

export function totalSent(outcomes: OutcomeCounts): number {
  return outcomes.delivered + outcomes.sent + outcomes.pending + outcomes.undelivered + outcomes.failed;
}

/** Opt-outs per conversation started, or null when nothing started (a rate of nothing isn't 0 %). */
export function optOutRate(optOuts: number, conversations: number): number | null {
  return conversations > 0 ? optOuts / conversations : null;
}

/**
 * How many things went wrong, the ranking's sort key: messages that failed or weren't delivered,
 * requests refused for their signature (accounts only: a refused request can't be trusted to name its
 * number), customers who opted out, conversations waiting for an agent and messages still queued.
 * A plain count, so the order is easy to explain; each part is shown next to it.
 */
export function problemCount(figures: {
  outcomes: OutcomeCounts;
  signatureFailures: number;
  optOuts: number;
  waiting: number;
  queuedOutbound: number;
}): number {
  const { outcomes } = figures;
  return outcomes.failed + outcomes.undelivered + figures.signatureFailures + figures.optOuts + figures.waiting + figures.queuedOutbound;
}

/** A duration in the largest units that read well: "45 s", "12 min", "3 h 5 min", "2 d 4 h" (catalog keys deliveryHealth.duration.*). */
export function durationParts(ms: number): { key: "seconds" | "minutes" | "hours" | "days"; values: Record<string, number> } {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return { key: "seconds", values: { seconds } };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { key: "minutes", values: { minutes } };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { key: "hours", values: { hours, minutes: minutes % 60 } };
  return { key: "days", values: { days: Math.floor(hours / 24), hours: hours % 24 } };
}

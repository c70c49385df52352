// Pure arithmetic of delivery health, shared by the pages and the tests: totals, rates and the
// "problems" a ranking sorts by.
import type { OutcomeCounts } from "./queries";

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

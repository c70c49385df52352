// Which refused callback requests count as "the same": one row per provider, outcome, reason, account
// and source address, so a retrying provider or a flood from one address adds to a count instead of
// a row per request. Pure, so the grouping is unit-tested.
import { createHash } from "node:crypto";

/** Distinct rows kept at most; past it the least recently seen are pruned. */
export const MAX_FAILURE_ROWS = 10_000;
/** The cap is enforced every this many records (and by the worker), not on every request. */
export const CAP_CHECK_EVERY = 50;

export type FailureGroup = {
  provider: string;
  outcome: string;
  reason: string;
  accountId: string | null;
  remoteAddress: string | null;
};

export function failureGroupKey(group: FailureGroup): string {
  const parts = [group.provider, group.outcome, group.reason, group.accountId ?? "", group.remoteAddress ?? ""];
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

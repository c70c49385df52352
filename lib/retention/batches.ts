// How old records are pruned (RETENTION_DAYS): in small batches, so a large backlog never holds the
// SQLite write lock for long and callbacks keep being answered while the worker catches up. Pure, so
// the loop is unit-tested; the Prisma queries are passed in by lib/<domain>/ modules.

const DAY_MS = 24 * 60 * 60 * 1000;

export const PRUNE_BATCH_SIZE = 500;
/** Per call; the worker calls again on its next pass, so a backlog drains over a few passes. */
export const PRUNE_MAX_BATCHES = 20;

/** Records older than this (strictly) are pruned. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/**
 * Finds up to `batchSize` ids and deletes them, until a batch comes back short or `maxBatches` ran.
 * Returns how many were deleted.
 */
export async function deleteInBatches(options: {
  findIds: (take: number) => Promise<string[]>;
  deleteIds: (ids: string[]) => Promise<number>;
  batchSize?: number;
  maxBatches?: number;
}): Promise<number> {
  const batchSize = options.batchSize ?? PRUNE_BATCH_SIZE;
  const maxBatches = options.maxBatches ?? PRUNE_MAX_BATCHES;
  let deleted = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const ids = await options.findIds(batchSize);
    if (ids.length === 0) break;
    deleted += await options.deleteIds(ids);
    if (ids.length < batchSize) break;
  }
  return deleted;
}

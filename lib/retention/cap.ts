// Keeping a table to its newest `keep` rows without counting it: the row just past the newest `keep`
// (one index walk of at most `keep` entries, LIMIT 1 OFFSET keep) is the boundary, and what is at or
// older than it is deleted oldest first, in batches. So a pass costs O(keep + rows to delete) however
// the table grew, and nothing when it has not reached the cap — never a COUNT(*) or a scan of the table.
// Pure: the Prisma queries are passed in by lib/<domain>/ modules (which need an index on the order).
import { deleteInBatches } from "./batches";

export async function deleteBeyondNewest<Boundary>(options: {
  keep: number;
  /** The row at `offset` (0-based) in newest-first order, or null when the table is shorter. */
  findNewestAt: (offset: number) => Promise<Boundary | null>;
  /** Up to `take` ids of rows at or older than `boundary`, oldest first. */
  findIdsFrom: (boundary: Boundary, take: number) => Promise<string[]>;
  deleteIds: (ids: string[]) => Promise<number>;
  batchSize?: number;
  maxBatches?: number;
}): Promise<number> {
  const boundary = await options.findNewestAt(options.keep);
  if (boundary === null) return 0;
  return deleteInBatches({
    findIds: (take) => options.findIdsFrom(boundary, take),
    deleteIds: options.deleteIds,
    batchSize: options.batchSize,
    maxBatches: options.maxBatches,
  });
}

// Keyset (cursor) pagination for every server-paginated list (docs/decisions/025-list-pages-at-scale.md).
// A page is asked for by the id of a row next to it — `after` (the last row of the previous page) or
// `before` (the first row of the next page) — so the URL stays bookmarkable and the database reads one
// page from an index wherever it is, where OFFSET reads and throws away every row before it (page 2,000
// of a 100,000-row list read 50,000 rows). Lists sort by one non-null column with the id as tiebreak.
//
// The condition for "after the anchor" is written as `key <= v AND (key < v OR id < anchorId)` (for a
// descending sort): the first part is a plain range the key's index can start at, which an OR alone is not.
import { z } from "zod";

export type SortDirection = "asc" | "desc";

/** The URL's cursor: at most one of after/before; anything malformed reads as the first page. */
export const keysetCursorSchema = z.object({
  after: z.string().trim().min(1).max(64).optional().catch(undefined),
  before: z.string().trim().min(1).max(64).optional().catch(undefined),
});
export type KeysetCursor = z.infer<typeof keysetCursorSchema>;

export type KeysetArgs<Where> = {
  /** Filters + the keyset condition, to pass as the query's `where`. */
  where: Where;
  /** Sort key then id, in the direction this query reads (reversed for a `before` page). */
  orderBy: Record<string, SortDirection>[];
  take: number;
};

export type KeysetPage<Row> = {
  rows: Row[];
  /** The `before` value of the previous page's link, or null on the first page. */
  previousCursor: string | null;
  /** The `after` value of the next page's link, or null on the last page. */
  nextCursor: string | null;
};

type KeysetOptions<Row, Where> = {
  where: Where;
  /** The sort column (non-null), e.g. "createdAt". */
  sortKey: string;
  direction: SortDirection;
  pageSize: number;
  cursor: KeysetCursor;
  /** The sort column's value on the anchor row, or null when there is no such row (deleted, made up). */
  anchorValue: (id: string) => Promise<unknown>;
  findMany: (args: KeysetArgs<Where>) => Promise<Row[]>;
};

const flip = (direction: SortDirection): SortDirection => (direction === "asc" ? "desc" : "asc");

/** One page of `findMany` in (sortKey, id) order, after or before the cursor's anchor row. */
export async function findKeysetPage<Row extends { id: string }, Where extends object>(
  options: KeysetOptions<Row, Where>,
): Promise<KeysetPage<Row>> {
  const { sortKey, direction, pageSize } = options;
  const backwards = Boolean(options.cursor.before);
  const anchorId = options.cursor.before ?? options.cursor.after;
  const anchor = anchorId ? await options.anchorValue(anchorId) : null;
  if (!anchorId || anchor === null || anchor === undefined) {
    // First page (or a stale cursor: start over rather than show nothing).
    const rows = await options.findMany({
      where: options.where,
      orderBy: [{ [sortKey]: direction }, { id: direction }],
      take: pageSize + 1,
    });
    return { rows: rows.slice(0, pageSize), previousCursor: null, nextCursor: rows.length > pageSize ? rows[pageSize - 1]!.id : null };
  }
  const readDirection = backwards ? flip(direction) : direction;
  const beyond = readDirection === "desc" ? "lt" : "gt";
  const range = readDirection === "desc" ? "lte" : "gte";
  const keyset = { [sortKey]: { [range]: anchor }, OR: [{ [sortKey]: { [beyond]: anchor } }, { id: { [beyond]: anchorId } }] };
  const found = await options.findMany({
    // The keyset condition has the same shape for every model: Prisma's where types can't say so generically.
    where: { AND: [options.where, keyset] } as unknown as Where,
    orderBy: [{ [sortKey]: readDirection }, { id: readDirection }],
    take: pageSize + 1,
  });
  const more = found.length > pageSize;
  const rows = found.slice(0, pageSize);
  if (backwards) rows.reverse();
  const first = rows[0]?.id ?? null;
  const last = rows.at(-1)?.id ?? null;
  return backwards
    ? { rows, previousCursor: more ? first : null, nextCursor: last ?? anchorId }
    : { rows, previousCursor: first ?? anchorId, nextCursor: more ? last : null };
}

/** Counts stop here: "more than 1,000" costs an index range of at most 1,001 rows, never the whole table (decision 041: 10,000 cost 10-15 ms per count at 100k rows). */
export const COUNT_CAP = 1_000;

export type CappedCount = { count: number; capped: boolean };

/**
 * A count read no further than COUNT_CAP rows: `count` gets the `take` to pass to Prisma's count. Give that
 * count the list's own `orderBy` (its sort key): without one Prisma orders a `take` by id, and the database
 * then sorts every matching row before the limit (SQLite: all 50,000 numbers of one account) or walks the
 * primary key filtering (PostgreSQL) — decision 041.
 */
export async function cappedCount(count: (take: number) => Promise<number>, cap = COUNT_CAP): Promise<CappedCount> {
  const counted = await count(cap + 1);
  return counted > cap ? { count: cap, capped: true } : { count: counted, capped: false };
}

/**
 * A page of rows already ranked in memory (an order no index holds, e.g. delivery health's "most
 * problems first"), with the same cursors as findKeysetPage: `after` the previous page's last id,
 * `before` the next page's first id; an unknown anchor starts over at the first page.
 */
export function pageRankedRows<Row extends { id: string }>(rows: readonly Row[], cursor: KeysetCursor, pageSize: number): KeysetPage<Row> {
  const anchorId = cursor.before ?? cursor.after;
  const anchor = anchorId ? rows.findIndex((row) => row.id === anchorId) : -1;
  let start = 0;
  if (anchor >= 0) start = cursor.before ? Math.max(0, anchor - pageSize) : anchor + 1;
  const end = cursor.before && anchor >= 0 ? anchor : start + pageSize;
  const page = rows.slice(start, end);
  return {
    rows: page,
    previousCursor: start > 0 ? (page[0]?.id ?? null) : null,
    nextCursor: end < rows.length ? (page.at(-1)?.id ?? null) : null,
  };
}

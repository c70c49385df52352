// Search of conversations by customer number and by message text at any table size
// (docs/decisions/041-list-counts-and-search-at-scale.md, 044-conversation-search-common-terms.md,
// 047-conversation-search-rare-terms.md). What matches is always containsText(): a case-insensitive substring
// (ILIKE on PostgreSQL, the registered Unicode LIKE on SQLite), so both databases give the same results
// whichever way the rows are found. The list shows one page, newest activity first; how to find that page
// depends on how common the term is, which one statement asks the index first (the probe):
// 0. A table of fewer than SEARCH_WINDOW conversations: the plain match over all of them.
// 1. Rare (its first 5-character piece, the last characters, is in at most RARE_LIMIT rows): that piece's
//    matches, matched against the whole term, sorted by last activity and filtered a chunk of ids at a time.
//    No window: a rare term is seldom among the newest rows, and the piece keeps the term's common characters
//    ("+1206555…", "parcel …") out of the index lookup.
// 2. Common: the window, the SEARCH_WINDOW conversations after the list's cursor (whatever the other
//    filters), each tested with the plain match, walking the list's index. A common term fills the page
//    there and the walk stops (cost O(page / density), at most SEARCH_WINDOW probes). When it doesn't, the
//    term's other pieces are asked (a second probe): a rare one takes path 1 (decision 049).
// 3. Past the window, the search indexes give the matches, sorted by last activity, a chunk at a time, each
//    chunk filtered by "one of these ids AND the other filters AND the plain match", until the page is full.
//    PostgreSQL: pg_trgm GIN indexes on Conversation.customerAddress and Message.body. SQLite: FTS5 tables
//    with the trigram tokenizer ("ConversationSearch", "MessageSearch", kept in step by triggers; migration
//    conversation_search), asked with a phrase query.
// A term shorter than three characters has no trigram: the plain match alone, walking the list's index.
import "server-only";
import { db } from "@/lib/db";
import { containsText, escapeLike } from "@/lib/db-text";
import { getEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { keysetWhere, throughWhere, type ListDirection, type ListKey } from "./keyset";

/**
 * The largest chunk of candidate ids read at once. Bounded by Prisma's limit of 999 bound values per SQLite
 * statement (the ids are one IN list).
 */
export const CANDIDATE_LIMIT = 900;
/** How many of the index's matches one statement sorts and returns (a term in more reads them in turns). */
export const SORTED_LIMIT = 5_000;
/** How many of the newest conversations the plain match is tried on before the indexes are asked. */
export const SEARCH_WINDOW = 500;
/**
 * A term with a piece the index finds at most this often is rare: that piece's matches are sorted and
 * filtered directly, without the window (sorting 1,111 of them measured ~2 ms on SQLite at 100k, ~3.5 ms on
 * PostgreSQL). Also what the probe counts up to, so a common piece costs reading RARE_LIMIT + 1 matches.
 */
export const RARE_LIMIT = 2_000;
/** How long the pieces of a term are that the probe asks the index about (termPieces). */
const PIECE_LENGTH = 5;
/**
 * At most this many pieces are probed: a common piece costs reading RARE_LIMIT + 1 matches (~1 ms on
 * PostgreSQL), and a long term is rare in its first pieces or its last anyway.
 */
const MAX_PIECES = 4;

export type SearchTerms = { customer?: string; text?: string };
type Kind = "customer" | "message";

/** An FTS5 phrase: the whole term, quotes doubled, so no character of it is query syntax. */
const phrase = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** Trigram indexes see nothing in a term shorter than three characters. */
const isIndexable = (term: string) => [...term].length >= 3;

const isPostgres = () => getEnv().databaseProvider === "postgresql";

/**
 * The plain case-insensitive matches: what decides, however the rows were found. `matched`: the kind already
 * matched in SQL by the same LIKE (ILIKE) on the rows at hand, left out.
 */
export function matchWhere({ customer, text }: SearchTerms, matched?: Kind): Prisma.ConversationWhereInput[] {
  const where: Prisma.ConversationWhereInput[] = [];
  if (customer && matched !== "customer") where.push({ customerAddress: containsText(customer) });
  if (text && matched !== "message") where.push({ messages: { some: { body: containsText(text) } } });
  return where;
}

/** The term to ask an index with: the message text when there is one (the costlier match), else the number. */
function indexedTerm({ customer, text }: SearchTerms): { kind: Kind; term: string } | null {
  if (text && isIndexable(text)) return { kind: "message", term: text };
  if (customer && isIndexable(customer)) return { kind: "customer", term: customer };
  return null;
}

/**
 * The next `limit` conversations the index finds for the term, in the list's order, strictly past the
 * conversation `after` (by its id, so the stored timestamp is compared as stored). Sorts every match: cheap
 * for a rare term; a common one has filled the page in the window before this is asked.
 */
async function sortedCandidates(kind: Kind, term: string, direction: ListDirection, after: string, limit: number): Promise<string[]> {
  const past =
    direction === "older"
      ? Prisma.sql`(c."lastMessageAt", c."id") < (SELECT "lastMessageAt", "id" FROM "Conversation" WHERE "id" = ${after})`
      : Prisma.sql`(c."lastMessageAt", c."id") > (SELECT "lastMessageAt", "id" FROM "Conversation" WHERE "id" = ${after})`;
  const pattern = `%${escapeLike(term)}%`;
  let matches: Prisma.Sql;
  if (isPostgres()) {
    matches =
      kind === "customer"
        ? Prisma.sql`SELECT "id" FROM "Conversation" WHERE "customerAddress" ILIKE ${pattern}`
        : Prisma.sql`SELECT DISTINCT "conversationId" AS "id" FROM "Message" WHERE "body" ILIKE ${pattern}`;
  } else {
    matches =
      kind === "customer"
        ? Prisma.sql`SELECT c."id" AS "id" FROM "ConversationSearch" AS s CROSS JOIN "Conversation" AS c ON c.rowid = s.rowid
            WHERE "ConversationSearch" MATCH ${phrase(term)}`
        : Prisma.sql`SELECT DISTINCT m."conversationId" AS "id" FROM "MessageSearch" AS s CROSS JOIN "Message" AS m ON m.rowid = s.rowid
            WHERE "MessageSearch" MATCH ${phrase(term)}`;
  }
  return inListOrder(matches, direction, Prisma.sql`WHERE ${past}`, { offset: 0, limit });
}

/**
 * The conversations of `matches` (a subquery of their ids) that pass `where`, in the list's order: `range` of
 * them. Each match looks its conversation up by id (the matches stay the outer loop): SQLite keeps the left
 * side of a CROSS JOIN outer; PostgreSQL hash-joined a walk of all 100,000 conversations in range (30 ms)
 * until the lookup became a LATERAL subquery (LIMIT 1 keeps it from being flattened into a plain join).
 */
async function inListOrder(
  matches: Prisma.Sql,
  direction: ListDirection,
  where: Prisma.Sql,
  range: { offset: number; limit: number },
): Promise<string[]> {
  const order = direction === "older" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const conversation = isPostgres()
    ? Prisma.sql`CROSS JOIN LATERAL (SELECT "id", "lastMessageAt" FROM "Conversation" WHERE "id" = t."id" LIMIT 1) AS c`
    : Prisma.sql`CROSS JOIN "Conversation" AS c ON c."id" = t."id"`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" AS "id" FROM (${matches}) AS t ${conversation}
    ${where} ORDER BY c."lastMessageAt" ${order}, c."id" ${order} LIMIT ${range.limit} OFFSET ${range.offset}`;
  return rows.map((row) => row.id);
}

/**
 * The pieces of a term the indexes are asked how common they are, in the order they are asked: its last
 * PIECE_LENGTH characters, then its consecutive PIECE_LENGTH-character runs from the start (the whole term
 * when shorter), at most MAX_PIECES. Every match
 * of the term contains each of them; a rare piece gives few candidates, however common the term's other
 * characters are (every number of the bench starts "+1206555").
 */
export function termPieces(term: string): string[] {
  const chars = [...term];
  if (chars.length <= PIECE_LENGTH) return [term];
  const pieces: string[] = [];
  for (let start = 0; start + PIECE_LENGTH < chars.length && pieces.length < MAX_PIECES - 1; start += PIECE_LENGTH) {
    pieces.push(chars.slice(start, start + PIECE_LENGTH).join(""));
  }
  // The last piece first: a number's distinguishing digits are at its end ("+1 206 555 0042").
  return [...new Set([chars.slice(-PIECE_LENGTH).join(""), ...pieces])];
}

/** The index's matches of one piece, as a subquery of the matching rows' "rowid" (SQLite) or row (PostgreSQL). */
function pieceMatches(kind: Kind, piece: string): Prisma.Sql {
  if (isPostgres()) {
    const pattern = `%${escapeLike(piece)}%`;
    return kind === "customer"
      ? Prisma.sql`SELECT "id", "customerAddress" FROM "Conversation" WHERE "customerAddress" ILIKE ${pattern}`
      : Prisma.sql`SELECT "conversationId", "body" FROM "Message" WHERE "body" ILIKE ${pattern}`;
  }
  return kind === "customer"
    ? Prisma.sql`SELECT rowid FROM "ConversationSearch" WHERE "ConversationSearch" MATCH ${phrase(piece)}`
    : Prisma.sql`SELECT rowid FROM "MessageSearch" WHERE "MessageSearch" MATCH ${phrase(piece)}`;
}

/**
 * One statement: whether the table holds fewer than SEARCH_WINDOW conversations (then the plain match over
 * all of them is the cheapest page), and the first piece, in the order given, that the index finds at most
 * RARE_LIMIT times (null: none). Each count stops at RARE_LIMIT + 1 rows, and a CASE asks the next piece only
 * when the one before was common: SQLite's FTS5 yields matches one by one; on PostgreSQL the planner reads a
 * common piece's first matching rows from the table and a rare one's posting lists.
 */
async function probe(kind: Kind, pieces: string[]): Promise<{ isSmall: boolean; rare: string | null }> {
  const tests = pieces.map(
    (piece, i) =>
      Prisma.sql`WHEN (SELECT count(*) FROM (${pieceMatches(kind, piece)} LIMIT ${RARE_LIMIT + 1}) AS p) <= ${RARE_LIMIT} THEN ${i}`,
  );
  const [row] = await db.$queryRaw<{ size: number | bigint; rare: number | bigint }[]>`
    SELECT (SELECT count(*) FROM (SELECT 1 FROM "Conversation" LIMIT ${SEARCH_WINDOW}) AS w) AS "size",
      CASE ${Prisma.join(tests, " ")} ELSE -1 END AS "rare"`;
  const rare = Number(row!.rare);
  return { isSmall: Number(row!.size) < SEARCH_WINDOW, rare: rare < 0 ? null : pieces[rare]! };
}

/**
 * The conversations with a message (or number) containing `piece` and the whole term, in the list's order,
 * `range` of them (all of them are at most RARE_LIMIT, as the probe counted): the first read asks for eight
 * pages' worth, a top-N sort that returns few ids; the rest only when the filters rejected too many. The
 * piece is what the index is asked; the term is then matched on those rows only (PostgreSQL: `OFFSET 0` keeps the planner from adding the term's common
 * trigrams to the index scan; SQLite: the registered LIKE), so a term's common characters cost nothing.
 */
async function rareCandidates(
  kind: Kind,
  piece: string,
  term: string,
  direction: ListDirection,
  range: { offset: number; limit: number },
): Promise<string[]> {
  const pattern = `%${escapeLike(term)}%`;
  let matches: Prisma.Sql;
  if (isPostgres()) {
    matches =
      kind === "customer"
        ? Prisma.sql`SELECT s."id" FROM (${pieceMatches(kind, piece)} OFFSET 0) AS s WHERE s."customerAddress" ILIKE ${pattern}`
        : Prisma.sql`SELECT DISTINCT s."conversationId" AS "id" FROM (${pieceMatches(kind, piece)} OFFSET 0) AS s WHERE s."body" ILIKE ${pattern}`;
  } else {
    matches =
      kind === "customer"
        ? Prisma.sql`SELECT c."id" AS "id" FROM (${pieceMatches(kind, piece)}) AS s CROSS JOIN "Conversation" AS c ON c.rowid = s.rowid
            WHERE c."customerAddress" LIKE ${pattern}`
        : Prisma.sql`SELECT DISTINCT m."conversationId" AS "id" FROM (${pieceMatches(kind, piece)}) AS s CROSS JOIN "Message" AS m ON m.rowid = s.rowid
            WHERE m."body" LIKE ${pattern}`;
  }
  return inListOrder(matches, direction, Prisma.empty, range);
}

/**
 * One page of search results: at most `take` rows of `where` (every other filter) after `cursor` that match
 * `terms`, in the list's order. `load` reads rows of a filter in that order (at most `take`); everything it
 * returns comes from it, so the page is exactly `load([...where, cursor, ...matchWhere(terms)])`, only found
 * without reading every row.
 */
export async function loadSearchPage<Row extends { id: string; lastMessageAt: Date }>({
  where,
  cursor,
  terms,
  direction,
  take,
  load,
}: {
  where: Prisma.ConversationWhereInput[];
  cursor?: ListKey;
  terms: SearchTerms;
  direction: ListDirection;
  take: number;
  load: (where: Prisma.ConversationWhereInput[]) => Promise<Row[]>;
}): Promise<Row[]> {
  const after = cursor ? [keysetWhere(cursor, direction)] : [];
  const matches = [...where, ...after, ...matchWhere(terms)];
  const indexed = indexedTerm(terms);
  if (!indexed) return load(matches);
  const order = direction === "older" ? "desc" : "asc";
  /**
   * Appends to `into` the ids of `sorted` (in the list's order) that pass `filters`, in that order, until it
   * holds `limit`: a chunk at a time (the first `firstSize` ids, then growing; each at most CANDIDATE_LIMIT),
   * each one unordered read of those ids (primary-key lookups); without filters, no read. Not an ordered read
   * with a LIMIT: for a list of ids longer than the LIMIT, PostgreSQL's planner walked (lastMessageAt, id)
   * from the newest conversation testing each against the list, 22,000 entries for old matches (~4 ms).
   */
  const filterChunks = async (
    sorted: string[],
    filters: Prisma.ConversationWhereInput[],
    limit: number,
    into: string[],
    firstSize = take * 2,
  ) => {
    for (
      let start = 0, size = Math.min(firstSize, CANDIDATE_LIMIT);
      start < sorted.length && into.length < limit;
      start += size, size = Math.min(size * 4, CANDIDATE_LIMIT)
    ) {
      const chunk = sorted.slice(start, start + size);
      const passed =
        filters.length === 0
          ? null
          : new Set(
              (await db.conversation.findMany({ where: { AND: [...filters, { id: { in: chunk } }] }, select: { id: true } })).map(
                (row) => row.id,
              ),
            );
      for (const id of chunk) {
        if (into.length >= limit) break;
        if (!passed || passed.has(id)) into.push(id);
      }
    }
  };

  /**
   * 1. A rare piece: its at most RARE_LIMIT candidates, sorted, no window (a rare term is seldom in it). They
   * matched the term in SQL with the same LIKE (ILIKE): only the other filters are left to test (an
   * administrator's visibility is `{}`: no filter at all). Eight pages' worth first — enough for an agent's
   * filters (~40% of conversations in the bench) to fill a page without sorting the candidates again, few
   * enough to return cheaply — tested in one read; the rest only when the filters kept less than a page.
   */
  const rarePage = async (piece: string) => {
    const matched = [...where, ...after, ...matchWhere(terms, indexed.kind)].filter((filter) => Object.keys(filter).length > 0);
    const first = await rareCandidates(indexed.kind, piece, indexed.term, direction, { offset: 0, limit: take * 8 });
    const ids: string[] = [];
    await filterChunks(first, matched, take, ids, first.length);
    if (ids.length < take && first.length === take * 8) {
      const rest = await rareCandidates(indexed.kind, piece, indexed.term, direction, { offset: first.length, limit: RARE_LIMIT });
      await filterChunks(rest, matched, take, ids);
    }
    // The page's rows, read by their ids (at most `take`, so by primary key on either database).
    return ids.length === 0 ? [] : load([...matched, { id: { in: ids } }]);
  };

  // 0. How common is the term? One statement asks the index about its first piece (its last characters, a
  //    number's distinguishing digits) and the table's size. Counting a common piece reads RARE_LIMIT + 1
  //    matches (~1.2 ms on PostgreSQL), so the other pieces are asked only if the window below can't fill
  //    the page: a common term fills it at once (decision 049).
  const pieces = termPieces(indexed.term);
  const { isSmall, rare } = await probe(indexed.kind, pieces.slice(0, 1));
  if (isSmall) return load(matches);
  if (rare !== null) return rarePage(rare);

  // 2. Common: the window, up to the SEARCH_WINDOW-th conversation after the cursor, whatever the other
  //    filters (a walk of the list's index; with them, SQLite united an agent's whole history to sort it).
  const edge = await db.conversation.findFirst({
    where: { AND: after },
    orderBy: [{ lastMessageAt: order }, { id: order }],
    skip: SEARCH_WINDOW - 1,
    select: { id: true, lastMessageAt: true },
  });
  if (!edge) return load(matches);
  const page = await load([...matches, throughWhere({ at: edge.lastMessageAt, id: edge.id }, direction)]);
  if (page.length >= take) return page.slice(0, take);
  // Not filled: a rare piece elsewhere in the term ("zebra" of "zebra common") beats the sorted reads below;
  // its candidates include the window's matches, so its page replaces this one.
  if (pieces.length > 1) {
    const later = await probe(indexed.kind, pieces.slice(1));
    if (later.rare !== null) return rarePage(later.rare);
  }
  // 3. Past it: the index's matches in the list's order (read once, up to SORTED_LIMIT at a time), filtered by
  //    the rest a chunk of ids at a time (growing, up to the most ids one statement may bind).
  const ids: string[] = [];
  for (let last = edge.id; page.length + ids.length < take;) {
    const sorted = await sortedCandidates(indexed.kind, indexed.term, direction, last, SORTED_LIMIT);
    await filterChunks(sorted, matches, take - page.length, ids);
    if (sorted.length < SORTED_LIMIT) break;
    last = sorted[sorted.length - 1]!;
  }
  if (ids.length > 0) page.push(...(await load([...matches, { id: { in: ids } }])));
  return page.slice(0, take);
}

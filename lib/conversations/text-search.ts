// Search of conversations by customer number and by message text at any table size
// (docs/decisions/041-list-counts-and-search-at-scale.md, 044-conversation-search-common-terms.md). What
// matches is always containsText(): a case-insensitive substring (ILIKE on PostgreSQL, the registered Unicode
// LIKE on SQLite), so both databases give the same results whichever way the rows are found. The list shows
// one page, newest activity first; how to find that page depends on how common the term is:
// 1. The window: the newest WINDOW conversations of the other filters, each tested with the plain match. A
//    common term fills the page there (cost O(page / density), at most WINDOW probes).
// 2. Past the window, the search indexes: PostgreSQL's pg_trgm GIN indexes on Conversation.customerAddress
//    and Message.body; on SQLite FTS5 tables with the trigram tokenizer ("ConversationSearch",
//    "MessageSearch", kept in step by triggers; migration conversation_search), asked with a phrase query.
//    A term found in at most CANDIDATE_LIMIT conversations: "one of these ids AND the plain match".
// 3. A term in more conversations than that but sparse among the newest (e.g. only in old ones): the index's
//    matches sorted by last activity, CANDIDATE_LIMIT at a time, until the page is full.
// A term shorter than three characters has no trigram: the plain match alone, walking the list's index.
import "server-only";
import { db } from "@/lib/db";
import { containsText, escapeLike } from "@/lib/db-text";
import { getEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { keysetWhere, throughWhere, type ListDirection } from "./keyset";

/**
 * More candidates than this and they are read in sorted chunks (step 3). Bounded by Prisma's limit of 999
 * bound values per SQLite statement (the ids are one IN list).
 */
export const CANDIDATE_LIMIT = 900;
/** How many of the newest conversations the plain match is tried on before the indexes are asked. */
export const SEARCH_WINDOW = 500;

export type SearchTerms = { customer?: string; text?: string };
type Kind = "customer" | "message";

/** An FTS5 phrase: the whole term, quotes doubled, so no character of it is query syntax. */
const phrase = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** Trigram indexes see nothing in a term shorter than three characters. */
const isIndexable = (term: string) => [...term].length >= 3;

const isPostgres = () => getEnv().databaseProvider === "postgresql";

/** The plain case-insensitive matches: what decides, however the rows were found. */
export function matchWhere({ customer, text }: SearchTerms): Prisma.ConversationWhereInput[] {
  const where: Prisma.ConversationWhereInput[] = [];
  if (customer) where.push({ customerAddress: containsText(customer) });
  if (text) where.push({ messages: { some: { body: containsText(text) } } });
  return where;
}

/** The term to ask an index with: the message text when there is one (the costlier match), else the number. */
function indexedTerm({ customer, text }: SearchTerms): { kind: Kind; term: string } | null {
  if (text && isIndexable(text)) return { kind: "message", term: text };
  if (customer && isIndexable(customer)) return { kind: "customer", term: customer };
  return null;
}

/** The conversations the index finds for the term, or null when there are more than CANDIDATE_LIMIT. */
async function candidates(kind: Kind, term: string): Promise<string[] | null> {
  let ids: string[];
  if (isPostgres()) {
    // The GIN indexes answer these alone (~1 ms for 1,111 matches of 200,000 messages); asked inside the
    // page query instead, PostgreSQL walked conversations newest first testing each (122 ms at 100k).
    ids =
      kind === "customer"
        ? (
            await db.conversation.findMany({
              where: { customerAddress: containsText(term) },
              select: { id: true },
              take: CANDIDATE_LIMIT + 1,
            })
          ).map((row) => row.id)
        : (
            await db.message.groupBy({
              by: ["conversationId"],
              where: { body: containsText(term) },
              orderBy: { conversationId: "asc" },
              take: CANDIDATE_LIMIT + 1,
            })
          ).map((row) => row.conversationId);
  } else {
    const rows =
      kind === "customer"
        ? await db.$queryRaw<{ id: string }[]>`
            SELECT c."id" AS "id" FROM "ConversationSearch" AS s JOIN "Conversation" AS c ON c.rowid = s.rowid
            WHERE "ConversationSearch" MATCH ${phrase(term)} LIMIT ${CANDIDATE_LIMIT + 1}`
        : await db.$queryRaw<{ id: string }[]>`
            SELECT DISTINCT m."conversationId" AS "id" FROM "MessageSearch" AS s JOIN "Message" AS m ON m.rowid = s.rowid
            WHERE "MessageSearch" MATCH ${phrase(term)} LIMIT ${CANDIDATE_LIMIT + 1}`;
    ids = rows.map((row) => row.id);
  }
  return ids.length > CANDIDATE_LIMIT ? null : ids;
}

/**
 * The next CANDIDATE_LIMIT conversations the index finds for the term, in the list's order, strictly past
 * the conversation `after` (by its id, so the stored timestamp is compared as stored). Sorts every match:
 * only asked for terms too common for a candidate list yet too rare among the newest rows for the window.
 */
async function sortedCandidates(kind: Kind, term: string, direction: ListDirection, after: string): Promise<string[]> {
  const order = direction === "older" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const past =
    direction === "older"
      ? Prisma.sql`(c."lastMessageAt", c."id") < (SELECT "lastMessageAt", "id" FROM "Conversation" WHERE "id" = ${after})`
      : Prisma.sql`(c."lastMessageAt", c."id") > (SELECT "lastMessageAt", "id" FROM "Conversation" WHERE "id" = ${after})`;
  const pattern = `%${escapeLike(term)}%`;
  let matches: Prisma.Sql;
  // SQLite: CROSS JOIN keeps the left side as the outer loop (the matches, not a walk of the whole table).
  let join = Prisma.sql`CROSS JOIN`;
  if (isPostgres()) {
    join = Prisma.sql`JOIN`;
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
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" AS "id" FROM (${matches}) AS t ${join} "Conversation" AS c ON c."id" = t."id"
    WHERE ${past} ORDER BY c."lastMessageAt" ${order}, c."id" ${order} LIMIT ${CANDIDATE_LIMIT}`;
  return rows.map((row) => row.id);
}

/**
 * One page of search results: at most `take` rows of `where` (every other filter, the list's cursor
 * included) that match `terms`, in the list's order. `load` reads rows of a filter in that order (at most
 * `take`); everything it returns comes from it, so the page is exactly `load([...where, ...matchWhere(terms)])`,
 * only found without reading every row.
 */
export async function loadSearchPage<Row extends { id: string; lastMessageAt: Date }>({
  where,
  terms,
  direction,
  take,
  load,
}: {
  where: Prisma.ConversationWhereInput[];
  terms: SearchTerms;
  direction: ListDirection;
  take: number;
  load: (where: Prisma.ConversationWhereInput[]) => Promise<Row[]>;
}): Promise<Row[]> {
  const matches = [...where, ...matchWhere(terms)];
  const indexed = indexedTerm(terms);
  if (!indexed) return load(matches);
  const order = direction === "older" ? "desc" : "asc";
  // 1. The window: its far edge is the SEARCH_WINDOW-th row of the other filters.
  const edge = await db.conversation.findFirst({
    where: { AND: where },
    orderBy: [{ lastMessageAt: order }, { id: order }],
    skip: SEARCH_WINDOW - 1,
    select: { id: true, lastMessageAt: true },
  });
  if (!edge) return load(matches);
  const page = await load([...matches, throughWhere({ at: edge.lastMessageAt, id: edge.id }, direction)]);
  if (page.length >= take) return page;
  // 2. Past the window: the index's candidates, when there are few enough to list.
  let past = keysetWhere({ at: edge.lastMessageAt, id: edge.id }, direction);
  const ids = await candidates(indexed.kind, indexed.term);
  if (ids) return [...page, ...(await load([...matches, past, { id: { in: ids } }]))].slice(0, take);
  // 3. Too many to list: the index's matches in the list's order, a chunk at a time.
  let after = edge.id;
  for (;;) {
    const chunk = await sortedCandidates(indexed.kind, indexed.term, direction, after);
    if (chunk.length > 0) page.push(...(await load([...matches, past, { id: { in: chunk } }])));
    if (page.length >= take || chunk.length < CANDIDATE_LIMIT) return page.slice(0, take);
    after = chunk[chunk.length - 1]!;
    past = {}; // the chunk query itself starts past `after`; `load` is limited to the chunk's ids
  }
}

// Index-backed search of conversations by customer number and by message text
// (docs/decisions/041-list-counts-and-search-at-scale.md). What matches is always containsText(): a
// case-insensitive substring (ILIKE on PostgreSQL, the registered Unicode LIKE on SQLite), so both databases
// give the same results as before; the index only keeps the database from reading every row to find them.
// - Both: the index finds the candidate conversations first (at most CANDIDATE_LIMIT); the filter is then
//   "one of these ids AND containsText()", which reads only those.
// - PostgreSQL: pg_trgm GIN indexes on Conversation.customerAddress and Message.body serve ILIKE '%term%'.
// - SQLite: FTS5 tables with the trigram tokenizer ("ConversationSearch", "MessageSearch", kept in step by
//   triggers; migration conversation_search), asked with a phrase query. A term shorter than three characters
//   (no trigram) or one matching more than CANDIDATE_LIMIT conversations falls back to containsText()
//   alone: a common term finds a page of matches within the first rows of the newest-first walk.
import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * More candidates than this and the filter is the plain match alone. Bounded by Prisma's limit of 999 bound
 * values per SQLite statement (the ids are one IN list; number and text candidates are intersected into one).
 */
export const CANDIDATE_LIMIT = 900;
/** PostgreSQL binds up to 32,767 values: room for the 1,111 conversations of the bench's "parcel 77". */
export const POSTGRES_CANDIDATE_LIMIT = 5_000;

/** An FTS5 phrase: the whole term, quotes doubled, so no character of it is query syntax. */
const phrase = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** Trigram indexes see nothing in a term shorter than three characters. */
const isIndexable = (term: string) => [...term].length >= 3;

async function candidates(kind: "customer" | "message", term: string): Promise<string[] | null> {
  if (!isIndexable(term)) return null;
  const isPostgres = getEnv().databaseProvider === "postgresql";
  const limit = isPostgres ? POSTGRES_CANDIDATE_LIMIT : CANDIDATE_LIMIT;
  let ids: string[];
  if (isPostgres) {
    // The GIN indexes answer these alone (~1 ms for 1,111 matches of 200,000 messages); asked inside the
    // page query instead, PostgreSQL walked conversations newest first testing each (122 ms at 100k).
    ids =
      kind === "customer"
        ? (
            await db.conversation.findMany({
              where: { customerAddress: containsText(term) },
              select: { id: true },
              take: limit + 1,
            })
          ).map((row) => row.id)
        : (
            await db.message.groupBy({
              by: ["conversationId"],
              where: { body: containsText(term) },
              orderBy: { conversationId: "asc" },
              take: limit + 1,
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
  return ids.length > limit ? null : ids;
}

/**
 * The filter for a search by customer number (`customer`, matched in the address) and/or message text: the
 * plain case-insensitive substring matches, plus one list of candidate ids from the indexes.
 */
export async function textSearchWhere({ customer, text }: { customer?: string; text?: string }): Promise<Prisma.ConversationWhereInput[]> {
  const where: Prisma.ConversationWhereInput[] = [];
  const lists: string[][] = [];
  if (customer) {
    where.push({ customerAddress: containsText(customer) });
    const ids = await candidates("customer", customer);
    if (ids) lists.push(ids);
  }
  if (text) {
    where.push({ messages: { some: { body: containsText(text) } } });
    const ids = await candidates("message", text);
    if (ids) lists.push(ids);
  }
  if (lists.length > 0) {
    const [first, ...rest] = lists;
    where.push({ id: { in: first!.filter((id) => rest.every((list) => list.includes(id))) } });
  }
  return where;
}

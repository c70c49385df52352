// Keyset bounds of the conversations list's newest-first order, (lastMessageAt, id): shared by the list
// (./list.ts) and its search (./text-search.ts).
import type { Prisma } from "@/lib/generated/prisma/client";

export type ListDirection = "older" | "newer";
export type ListKey = { at: Date; id: string };

/**
 * Rows after `cursor` in the newest-first order. Written as `at <= c AND (at < c OR id < cid)` rather than
 * the OR alone, so both databases can start the index range at the cursor instead of filtering from the top.
 */
export function keysetWhere(cursor: ListKey, direction: ListDirection): Prisma.ConversationWhereInput {
  return direction === "older"
    ? { lastMessageAt: { lte: cursor.at }, OR: [{ lastMessageAt: { lt: cursor.at } }, { id: { lt: cursor.id } }] }
    : { lastMessageAt: { gte: cursor.at }, OR: [{ lastMessageAt: { gt: cursor.at } }, { id: { gt: cursor.id } }] };
}

/** Rows up to and including `edge` in the walk's direction: the complement of keysetWhere(edge, direction). */
export function throughWhere(edge: ListKey, direction: ListDirection): Prisma.ConversationWhereInput {
  return direction === "older"
    ? { lastMessageAt: { gte: edge.at }, OR: [{ lastMessageAt: { gt: edge.at } }, { id: { gte: edge.id } }] }
    : { lastMessageAt: { lte: edge.at }, OR: [{ lastMessageAt: { lt: edge.at } }, { id: { lte: edge.id } }] };
}

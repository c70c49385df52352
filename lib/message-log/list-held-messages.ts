// The Message log's "Held messages" tab: inbound messages kept instead of routed, newest first.
// Still-held rows are served by the (replayedAt, receivedAt) index, an account's by (accountId, receivedAt).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HeldFilters } from "./message-log.schema";
import { canAssignNumber } from "@/lib/message-engine/replay";
import { excerpt } from "./reasons";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";

export const HELD_PAGE_SIZE = 25;

export function heldMessagesWhere(filters: Omit<HeldFilters, "page">): Prisma.HeldMessageWhereInput {
  return {
    ...(filters.accountId ? { accountId: filters.accountId } : {}),
    ...(filters.reason ? { reason: filters.reason } : {}),
    ...(filters.status === "held" ? { replayedAt: null } : filters.status === "replayed" ? { replayedAt: { not: null } } : {}),
  };
}

export async function listHeldMessageLog(filters: HeldFilters) {
  const where = heldMessagesWhere(filters);
  const [total, page] = await Promise.all([
    cappedCount((take) => db.heldMessage.count({ where, take, orderBy: { receivedAt: "desc" } })),
    findKeysetPage({
      where,
      sortKey: "receivedAt",
      direction: "desc",
      pageSize: HELD_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.heldMessage.findUnique({ where: { id }, select: { receivedAt: true } }))?.receivedAt ?? null,
      findMany: (args) =>
        db.heldMessage.findMany({
          ...args,
          select: {
            id: true,
            provider: true,
            reason: true,
            fromAddress: true,
            toAddress: true,
            body: true,
            receivedAt: true,
            replayedAt: true,
            conversationId: true,
            replayCount: true,
            accountId: true,
            account: { select: { id: true, name: true } },
          },
        }),
    }),
  ]);
  const rows = page.rows;
  // The numbers an administrator can assign a message without a destination to (canAssignNumber).
  const accountIds = [...new Set(rows.filter(canAssignNumber).flatMap((row) => (row.accountId ? [row.accountId] : [])))];
  const numbers =
    accountIds.length === 0
      ? []
      : await db.phoneNumber.findMany({
          where: { accountId: { in: accountIds } },
          orderBy: { address: "asc" },
          select: { id: true, accountId: true, address: true },
        });
  return {
    total,
    previousCursor: page.previousCursor,
    nextCursor: page.nextCursor,
    messages: rows.map(({ body, accountId, ...row }) => ({
      ...row,
      excerpt: excerpt(body),
      assignableNumbers: canAssignNumber({ ...row, accountId })
        ? numbers.filter((number) => number.accountId === accountId).map(({ id, address }) => ({ id, address }))
        : null,
    })),
  };
}

export type HeldLogRow = Awaited<ReturnType<typeof listHeldMessageLog>>["messages"][number];

/** The latest messages still held for one account, for its page (replayed ones are in the Message log). */
export function listRecentHeldMessages({ accountId, take = 20 }: { accountId: string; take?: number }) {
  return db.heldMessage.findMany({
    where: { accountId, replayedAt: null },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, reason: true, fromAddress: true, toAddress: true, body: true, receivedAt: true },
  });
}

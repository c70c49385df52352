// The Message log's "Rejected requests" tab: callback requests refused, accepted in Monitor mode
// despite a bad signature, failed while processed, or statuses that changed nothing — one row per
// alike requests with their count. Most recently seen first, by (lastSeenAt) or (accountId, lastSeenAt).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UNKNOWN_ACCOUNT, type RejectedFilters } from "./message-log.schema";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";

export const REJECTED_PAGE_SIZE = 25;

const failureSelect = {
  id: true,
  provider: true,
  outcome: true,
  reason: true,
  path: true,
  remoteAddress: true,
  userAgent: true,
  bodyExcerpt: true,
  createdAt: true,
  lastSeenAt: true,
  count: true,
  account: { select: { id: true, name: true } },
} satisfies Prisma.WebhookFailureSelect;

export function webhookFailuresWhere(filters: Omit<RejectedFilters, "page">): Prisma.WebhookFailureWhereInput {
  return {
    ...(filters.accountId === UNKNOWN_ACCOUNT ? { accountId: null } : filters.accountId ? { accountId: filters.accountId } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.reason ? { reason: filters.reason } : {}),
    ...(filters.provider ? { provider: filters.provider } : {}),
  };
}

export async function listWebhookFailures(filters: RejectedFilters) {
  const where = webhookFailuresWhere(filters);
  const [total, page] = await Promise.all([
    cappedCount((take) => db.webhookFailure.count({ where, take, orderBy: { lastSeenAt: "desc" } })),
    findKeysetPage({
      where,
      sortKey: "lastSeenAt",
      direction: "desc",
      pageSize: REJECTED_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.webhookFailure.findUnique({ where: { id }, select: { lastSeenAt: true } }))?.lastSeenAt ?? null,
      findMany: (args) =>
        db.webhookFailure.findMany({
          ...args,
          select: failureSelect,
        }),
    }),
  ]);
  const failures = page.rows;
  return { total, previousCursor: page.previousCursor, nextCursor: page.nextCursor, failures };
}

export type WebhookFailureRow = Awaited<ReturnType<typeof listWebhookFailures>>["failures"][number];

/** The latest few for one account's page. */
export function listRecentWebhookFailures({ accountId, take = 5 }: { accountId: string; take?: number }) {
  return db.webhookFailure.findMany({
    where: { accountId },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, provider: true, outcome: true, reason: true, remoteAddress: true, lastSeenAt: true, count: true },
  });
}

export type RecentWebhookFailure = Awaited<ReturnType<typeof listRecentWebhookFailures>>[number];

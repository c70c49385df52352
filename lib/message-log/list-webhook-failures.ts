// The Message log's "Rejected requests" tab: callback requests refused, accepted in Monitor mode
// despite a bad signature, failed while processed, or statuses that changed nothing — one row per
// alike requests with their count. Most recently seen first, by (lastSeenAt) or (accountId, lastSeenAt).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UNKNOWN_ACCOUNT, type RejectedFilters } from "./message-log.schema";

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
  const [total, failures] = await Promise.all([
    db.webhookFailure.count({ where }),
    db.webhookFailure.findMany({
      where,
      orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * REJECTED_PAGE_SIZE,
      take: REJECTED_PAGE_SIZE,
      select: failureSelect,
    }),
  ]);
  return { total, pageSize: REJECTED_PAGE_SIZE, failures };
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

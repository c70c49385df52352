import "server-only";
import { takesConversations } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NO_USAGE, type QueueUsage } from "./queue-usage";
import type { QueuesListFilters } from "./queues.schema";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";
import { countsByKey } from "@/lib/pagination/related-counts";

export const QUEUES_PAGE_SIZE = 20;

/** What depends on each queue: workstreams falling back to it, routing rules routing to it. */
export async function findQueueUsages(queueIds: readonly string[]): Promise<Map<string, QueueUsage>> {
  const usages = new Map<string, QueueUsage>(queueIds.map((id) => [id, { fallbackFor: [], routedBy: [] }]));
  if (queueIds.length === 0) return usages;
  const [fallbacks, ruleGroups] = await Promise.all([
    db.workstream.findMany({
      where: { fallbackQueueId: { in: [...queueIds] } },
      orderBy: { name: "asc" },
      select: { name: true, fallbackQueueId: true },
    }),
    db.routingRule.groupBy({ by: ["queueId", "workstreamId"], where: { queueId: { in: [...queueIds] } }, _count: { _all: true } }),
  ]);
  for (const workstream of fallbacks) usages.get(workstream.fallbackQueueId)?.fallbackFor.push(workstream.name);
  const workstreamIds = [...new Set(ruleGroups.map((group) => group.workstreamId))];
  const names = new Map(
    workstreamIds.length === 0
      ? []
      : (await db.workstream.findMany({ where: { id: { in: workstreamIds } }, select: { id: true, name: true } })).map((w) => [
          w.id,
          w.name,
        ]),
  );
  for (const group of ruleGroups) {
    usages.get(group.queueId)?.routedBy.push({ workstream: names.get(group.workstreamId) ?? "", rules: group._count._all });
  }
  for (const usage of usages.values()) usage.routedBy.sort((a, b) => a.workstream.localeCompare(b.workstream));
  return usages;
}

export async function findQueueUsage(queueId: string): Promise<QueueUsage> {
  return (await findQueueUsages([queueId])).get(queueId) ?? NO_USAGE;
}

export async function listQueues(filters: QueuesListFilters) {
  const where: Prisma.QueueWhereInput = filters.q ? { name: containsText(filters.q) } : {};
  const [total, page] = await Promise.all([
    cappedCount((take) => db.queue.count({ where, take, orderBy: { name: "asc" } })),
    findKeysetPage({
      where,
      sortKey: "name",
      direction: "asc",
      pageSize: QUEUES_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.queue.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
      findMany: (args) =>
        db.queue.findMany({
          ...args,
          select: { id: true, name: true, operatingHours: { select: { id: true, name: true } } },
        }),
    }),
  ]);
  const rows = page.rows;
  const ids = rows.map((row) => row.id);
  const [usages, memberGroups] = await Promise.all([
    findQueueUsages(ids),
    db.queueMember.groupBy({ by: ["queueId"], where: { queueId: { in: ids } }, _count: { _all: true } }),
  ]);
  const memberCounts = countsByKey(memberGroups, "queueId");
  const queues = rows.map((queue) => ({ ...queue, memberCount: memberCounts.get(queue.id) ?? 0, usage: usages.get(queue.id) ?? NO_USAGE }));
  return { total, previousCursor: page.previousCursor, nextCursor: page.nextCursor, queues };
}

export type QueueRow = Awaited<ReturnType<typeof listQueues>>["queues"][number];

/** 0 or 1: whether there is any (for the empty state), without counting them all. */
export function countQueues() {
  return db.queue.count({ take: 1 });
}

/** One queue with its members (agents first by name) and what uses it, for its page. */
export async function findQueue(queueId: string) {
  const queue = await db.queue.findUnique({
    where: { id: queueId },
    select: {
      id: true,
      name: true,
      operatingHours: { select: { id: true, name: true, timeZone: true } },
      members: {
        orderBy: { user: { name: "asc" } },
        select: { user: { select: { id: true, name: true, email: true, role: true, isActive: true } } },
      },
    },
  });
  if (!queue) return null;
  const { members, ...rest } = queue;
  return {
    ...rest,
    members: members.map(({ user }) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      isActive: user.isActive,
      isAgent: takesConversations(user.role),
    })),
    usage: await findQueueUsage(queueId),
  };
}

export type QueueDetail = NonNullable<Awaited<ReturnType<typeof findQueue>>>;

export function findQueueName(queueId: string) {
  return db.queue.findUnique({ where: { id: queueId }, select: { name: true } });
}

/** The operating-hours records a queue can follow. */
export function listOperatingHoursChoices() {
  return db.operatingHours.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, timeZone: true } });
}

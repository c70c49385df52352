import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROLES_TAKING_CONVERSATIONS } from "@/lib/auth/permissions";
import type { AgentsListFilters } from "./agents.schema";
import { DEFAULT_CAPACITY, parseStoredSkills } from "./skills";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";
import { countsByKey } from "@/lib/pagination/related-counts";

export const AGENTS_PAGE_SIZE = 20;
// Enough queue names to recognise an agent's work at a glance; the rest is a count.
const QUEUES_SHOWN = 3;

export async function listAgents(filters: AgentsListFilters) {
  const where: Prisma.UserWhereInput = {
    role: { in: [...ROLES_TAKING_CONVERSATIONS] },
    ...(filters.q
      ? {
          OR: [
            { name: containsText(filters.q) },
            { email: containsText(filters.q.toLowerCase()) },
            // Skills are a JSON array in one column: a substring match finds them well enough.
            { agentProfile: { is: { skills: containsText(filters.q) } } },
          ],
        }
      : {}),
    ...(filters.status ? { isActive: filters.status === "active" } : {}),
  };
  const [total, page] = await Promise.all([
    cappedCount((take) => db.user.count({ where, take, orderBy: { name: "asc" } })),
    findKeysetPage({
      where,
      sortKey: "name",
      direction: "asc",
      pageSize: AGENTS_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.user.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
      findMany: (args) =>
        db.user.findMany({
          ...args,
          select: {
            id: true,
            name: true,
            email: true,
            isActive: true,
            agentProfile: { select: { capacity: true, skills: true } },
            queues: { select: { queue: { select: { id: true, name: true } } }, orderBy: { queue: { name: "asc" } }, take: QUEUES_SHOWN },
          },
        }),
    }),
  ]);
  const rows = page.rows;
  const queueCounts = countsByKey(
    await db.queueMember.groupBy({ by: ["userId"], where: { userId: { in: rows.map((row) => row.id) } }, _count: { _all: true } }),
    "userId",
  );
  const agents = rows.map(({ agentProfile, queues, ...user }) => ({
    ...user,
    hasProfile: agentProfile !== null,
    capacity: agentProfile?.capacity ?? DEFAULT_CAPACITY,
    skills: parseStoredSkills(agentProfile?.skills),
    queues: queues.map((member) => member.queue),
    queueCount: queueCounts.get(user.id) ?? 0,
  }));
  return { total, previousCursor: page.previousCursor, nextCursor: page.nextCursor, agents };
}

export type AgentRow = Awaited<ReturnType<typeof listAgents>>["agents"][number];

/** 0 or 1: whether there is any (for the empty state), without counting them all. */
export function countAgents() {
  return db.user.count({ where: { role: { in: [...ROLES_TAKING_CONVERSATIONS] } }, take: 1 });
}

/**
 * Active agents for a queue's member picker, searched on the server so the picker stays fast with
 * tens of thousands of users. `hasMore` tells the picker to ask for a narrower search.
 */
export async function searchActiveAgents({ q, limit }: { q: string; limit: number }) {
  const rows = await db.user.findMany({
    where: {
      role: { in: [...ROLES_TAKING_CONVERSATIONS] },
      isActive: true,
      ...(q ? { OR: [{ name: containsText(q) }, { email: containsText(q.toLowerCase()) }] } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: { id: true, name: true, email: true },
  });
  return { agents: rows.slice(0, limit), hasMore: rows.length > limit };
}

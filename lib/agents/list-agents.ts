import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROLES_TAKING_CONVERSATIONS } from "@/lib/auth/permissions";
import type { AgentsListFilters } from "./agents.schema";
import { DEFAULT_CAPACITY, parseStoredSkills } from "./skills";

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
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * AGENTS_PAGE_SIZE,
      take: AGENTS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        isActive: true,
        agentProfile: { select: { capacity: true, skills: true } },
        queues: { select: { queue: { select: { id: true, name: true } } }, orderBy: { queue: { name: "asc" } }, take: QUEUES_SHOWN },
        _count: { select: { queues: true } },
      },
    }),
  ]);
  const agents = rows.map(({ agentProfile, queues, _count, ...user }) => ({
    ...user,
    hasProfile: agentProfile !== null,
    capacity: agentProfile?.capacity ?? DEFAULT_CAPACITY,
    skills: parseStoredSkills(agentProfile?.skills),
    queues: queues.map((member) => member.queue),
    queueCount: _count.queues,
  }));
  return { total, pageSize: AGENTS_PAGE_SIZE, agents };
}

export type AgentRow = Awaited<ReturnType<typeof listAgents>>["agents"][number];

export function countAgents() {
  return db.user.count({ where: { role: { in: [...ROLES_TAKING_CONVERSATIONS] } } });
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

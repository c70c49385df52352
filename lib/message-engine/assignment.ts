// Push distribution (SPEC §2): a conversation in a push workstream goes to an agent of its queue whose
// presence the workstream allows, who has capacity left and whose skills fit the workstream's skill
// matching (choose-agent.ts); the least loaded one wins, and with "keep same agent" the customer's
// previous agent comes first. Pick workstreams wait in the queue.
//
// Capacity holds under concurrent routing (decision 017): the choice is only a ranking; the
// assignment itself is a transaction that first writes the agent's AgentProfile row — a row lock on
// PostgreSQL, the database's one write lock on SQLite — then counts the agent's open load and assigns
// only if it still fits, with a conditional update on "still unassigned". A second router for the same
// agent waits at that first write and, under READ COMMITTED, counts with the first one's assignment
// committed (each statement reads the latest committed rows).
import "server-only";
import { db } from "@/lib/db";
import { parseStringArray } from "@/lib/stored-json";
import { parseStoredSkills } from "@/lib/agents/skills";
import { evaluateOperatingHours } from "@/lib/workstreams/operating-hours/evaluate";
import { parseStoredHours } from "@/lib/workstreams/operating-hours/record";
import { assessAgents, type SkillMatching } from "./choose-agent";

export const DEFAULT_CAPACITY = 10;

type Workstream = { allowedPresences: string; capacityUnits: number | null; skillMatching?: SkillMatching };
type RankOptions = {
  queueId: string;
  workstream: Workstream;
  preferredUserId: string | null;
  /** The conversation's required skills (its stored JSON array, or already parsed). */
  requiredSkills?: string | readonly string[];
};

async function loadsOf(userIds: string[]) {
  const rows = await db.conversation.findMany({
    where: { status: "OPEN", assignedToId: { in: userIds } },
    select: { assignedToId: true, workstream: { select: { capacityUnits: true } } },
  });
  const loads = new Map<string, number>();
  for (const row of rows) loads.set(row.assignedToId!, (loads.get(row.assignedToId!) ?? 0) + (row.workstream?.capacityUnits ?? 1));
  return loads;
}

/** Every active member of the queue assessed for one more conversation of this workstream (names for the tester). */
export async function assessPushAgents(options: RankOptions) {
  const members = await db.queueMember.findMany({
    where: { queueId: options.queueId, user: { isActive: true } },
    select: {
      userId: true,
      user: { select: { name: true, agentProfile: { select: { presence: true, capacity: true, skills: true } } } },
    },
  });
  const loads = members.length > 0 ? await loadsOf(members.map((member) => member.userId)) : new Map<string, number>();
  const required = options.requiredSkills ?? [];
  const result = assessAgents({
    candidates: members.map((member) => ({
      userId: member.userId,
      presence: member.user.agentProfile?.presence ?? "AVAILABLE",
      capacity: member.user.agentProfile?.capacity ?? DEFAULT_CAPACITY,
      load: loads.get(member.userId) ?? 0,
      skills: parseStoredSkills(member.user.agentProfile?.skills),
    })),
    allowedPresences: parseStringArray(options.workstream.allowedPresences),
    units: options.workstream.capacityUnits ?? 1,
    preferredUserId: options.preferredUserId,
    skillMatching: options.workstream.skillMatching ?? "NONE",
    requiredSkills: typeof required === "string" ? parseStoredSkills(required) : required,
  });
  const names = new Map(members.map((member) => [member.userId, member.user.name]));
  return { ...result, names };
}

/** The queue's agents who could take one more conversation of this workstream, best first. */
export async function rankPushAgents(options: RankOptions): Promise<string[]> {
  return (await assessPushAgents(options)).ranked;
}

/** The best agent now, without assigning (a hint; assignToFirstWithRoom decides). */
export async function findPushAgent(options: RankOptions) {
  return (await rankPushAgents(options))[0] ?? null;
}

/**
 * Assigns the unassigned open conversation to `agentId` only if the agent's presence is allowed and
 * the conversation fits in the agent's capacity at this moment. Safe against concurrent callers.
 */
export async function assignIfRoom(options: { conversationId: string; agentId: string; workstream: Workstream }): Promise<boolean> {
  const units = options.workstream.capacityUnits ?? 1;
  const allowed = parseStringArray(options.workstream.allowedPresences);
  return db.$transaction(async (tx) => {
    // The lock: every assignment to this agent passes through this row, one at a time.
    const profile = await tx.agentProfile.upsert({
      where: { userId: options.agentId },
      create: { userId: options.agentId },
      update: { updatedAt: new Date() },
      select: { capacity: true, presence: true },
    });
    if (!allowed.includes(profile.presence)) return false;
    const open = await tx.conversation.findMany({
      where: { status: "OPEN", assignedToId: options.agentId },
      select: { workstream: { select: { capacityUnits: true } } },
    });
    const load = open.reduce((sum, row) => sum + (row.workstream?.capacityUnits ?? 1), 0);
    if (load + units > profile.capacity) return false;
    const taken = await tx.conversation.updateMany({
      where: { id: options.conversationId, assignedToId: null, status: "OPEN" },
      data: { assignedToId: options.agentId },
    });
    return taken.count > 0;
  });
}

/**
 * Whether the queue takes conversations at `now`: its operating hours (the queue's own, set on the Queues
 * page), or always when it has none. Outside them push conversations wait in the queue, and the assignment
 * tick hands them out once it opens.
 */
export async function isQueueOpen(queueId: string, now = new Date()): Promise<boolean> {
  const queue = await db.queue.findUnique({
    where: { id: queueId },
    select: { operatingHours: { select: { timeZone: true, weekly: true, exceptions: true } } },
  });
  return !queue?.operatingHours || evaluateOperatingHours(parseStoredHours(queue.operatingHours), now).status === "open";
}

/**
 * Tries the ranked agents in turn; the agent who got the conversation, or null (it waits in its queue, also
 * while the queue is outside its operating hours).
 */
export async function assignToFirstWithRoom(options: RankOptions & { conversationId: string }): Promise<string | null> {
  if (!(await isQueueOpen(options.queueId))) return null;
  const ranked = await rankPushAgents(options);
  for (const agentId of ranked.slice(0, 5)) {
    if (await assignIfRoom({ conversationId: options.conversationId, agentId, workstream: options.workstream })) return agentId;
  }
  return null;
}

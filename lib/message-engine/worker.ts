// The message flow's periodic work, run as scheduled jobs (lib/message-engine/jobs.ts), each costing
// O(work to do), not O(table) (decision 026): hand waiting push conversations to agents who have room,
// close conversations whose workstream auto-closes them after inactivity, queue again what a crash stranded between two writes, and prune what has passed
// its retention (RETENTION_DAYS). Each pass is batched and safe to run twice.
import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { publishConversationEvent } from "@/lib/live/publish";
import { logger } from "@/lib/logger";
import { retentionCutoff } from "@/lib/retention/batches";
import { capWebhookFailures, pruneWebhookFailures } from "@/lib/callbacks/failures";
import { parseStringArray } from "@/lib/stored-json";
import { assignToFirstWithRoom, DEFAULT_CAPACITY, isQueueOpen } from "./assignment";
import { sendAutomatedMessage } from "./automated";
import { pruneProcessedInboundEvents, requeueStrandedInboundEvents } from "./inbound-queue";
import { finishConversation } from "./outbound";
import { queueSend } from "./send";

/** Batched (a backlog drains over several passes), so a pass never holds the database for long. */
export async function pruneExpiredRecords(now: Date) {
  const before = retentionCutoff(now, getEnv().RETENTION_DAYS);
  const events = await pruneProcessedInboundEvents({ before });
  const failures = (await pruneWebhookFailures({ before })) + (await capWebhookFailures());
  if (events + failures > 0) logger.info("pruned expired records", { inboundEvents: events, refusedRequests: failures });
}

/**
 * Places agents could fill now, per queue: active members whose presence some push workstream allows,
 * with fewer open conversations than their capacity. An upper bound (a conversation costs at least one
 * unit; assignToFirstWithRoom decides exactly), read once per tick from the small tables plus the open
 * assigned conversations (bounded by the agents' capacities), never from the waiting backlog.
 */
async function freePlacesByQueue(presences: ReadonlySet<string>): Promise<Map<string, number>> {
  const members = await db.queueMember.findMany({
    where: { user: { isActive: true } },
    select: { queueId: true, userId: true, user: { select: { agentProfile: { select: { presence: true, capacity: true } } } } },
  });
  const eligible = members.filter((member) => presences.has(member.user.agentProfile?.presence ?? "AVAILABLE"));
  if (eligible.length === 0) return new Map();
  const open = await db.conversation.groupBy({
    by: ["assignedToId"],
    where: { status: "OPEN", assignedToId: { in: [...new Set(eligible.map((member) => member.userId))] } },
    _count: { _all: true },
  });
  const load = new Map(open.map((row) => [row.assignedToId, row._count._all]));
  const places = new Map<string, number>();
  for (const member of eligible) {
    const free = (member.user.agentProfile?.capacity ?? DEFAULT_CAPACITY) - (load.get(member.userId) ?? 0);
    if (free > 0) places.set(member.queueId, (places.get(member.queueId) ?? 0) + free);
  }
  return places;
}

/**
 * Hands waiting push conversations to agents with room, oldest first within each queue. Costs O(work to
 * do): agents are looked up once per tick, a queue where nobody could take one is not read at all, and
 * each queue is read only as far as its free places (index Conversation(queueId, status, assignedToId, createdAt, id)).
 */
export async function assignWaitingConversations(limit = 50) {
  const pushWorkstreams = await db.workstream.findMany({
    where: { distributionMode: "PUSH" },
    select: { id: true, allowedPresences: true, capacityUnits: true, skillMatching: true },
  });
  if (pushWorkstreams.length === 0) return;
  const workstreams = new Map(pushWorkstreams.map((workstream) => [workstream.id, workstream]));
  const places = await freePlacesByQueue(new Set(pushWorkstreams.flatMap((workstream) => parseStringArray(workstream.allowedPresences))));
  let remaining = limit;
  for (const [queueId, free] of places) {
    if (remaining <= 0) break;
    // A queue outside its operating hours keeps its conversations until it opens (a later tick).
    if (!(await isQueueOpen(queueId))) continue;
    const waiting = await db.conversation.findMany({
      where: { queueId, status: "OPEN", assignedToId: null, workstreamId: { in: [...workstreams.keys()] } },
      // assignedToId first: the same order (null in every row), but without it PostgreSQL's planner doesn't
      // take the index's order past `IS NULL` and sorted the queue's whole backlog every tick (decision 048).
      orderBy: [{ assignedToId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: Math.min(free, remaining),
      select: { id: true, workstreamId: true, requiredSkills: true },
    });
    remaining -= waiting.length;
    for (const conversation of waiting) {
      const workstream = conversation.workstreamId ? workstreams.get(conversation.workstreamId) : undefined;
      if (!workstream) continue;
      const agentId = await assignToFirstWithRoom({
        conversationId: conversation.id,
        queueId,
        workstream,
        preferredUserId: null,
        requiredSkills: conversation.requiredSkills,
      });
      if (!agentId) continue;
      publishConversationEvent("conversation.assigned", conversation.id);
      await sendAutomatedMessage({ conversationId: conversation.id, trigger: "agentAssigned" });
    }
  }
}

/** Per auto-closing workstream, its oldest idle open conversations (index Conversation(workstreamId, status, lastMessageAt)). */
export async function closeInactiveConversations(now: Date) {
  const workstreams = await db.workstream.findMany({
    where: { autoCloseMinutes: { gt: 0 } },
    select: { id: true, autoCloseMinutes: true },
  });
  for (const workstream of workstreams) {
    const cutoff = new Date(now.getTime() - (workstream.autoCloseMinutes ?? 0) * 60_000);
    const stale = await db.conversation.findMany({
      where: { workstreamId: workstream.id, status: "OPEN", lastMessageAt: { lt: cutoff } },
      orderBy: { lastMessageAt: "asc" },
      take: 50,
      select: { id: true },
    });
    for (const conversation of stale)
      await finishConversation({ conversationId: conversation.id, reason: "timeout", closedById: null, now });
  }
}

/**
 * Work stored but never queued — the process died between the row and its job — is queued again
 * (as singletons: what still waits gets no second job). Only rows a minute old, so nothing in flight.
 */
export async function requeueStrandedWork(now: Date) {
  const olderThan = new Date(now.getTime() - 60_000);
  const events = await requeueStrandedInboundEvents({ olderThan });
  const sends = await db.message.findMany({
    where: { direction: "OUTBOUND", status: "PENDING", sendStartedAt: null, createdAt: { lt: olderThan } },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, conversation: { select: { accountId: true, ourAddress: true, customerAddress: true } } },
  });
  for (const message of sends) await queueSend({ messageId: message.id, ...message.conversation });
  if (events + sends.length > 0) logger.info("queued stranded work again", { inboundEvents: events, sends: sends.length });
}

// The message flow's background work, started once per server process (instrumentation.ts): drain the
// inbound queue (events left by a restart, retries), hand waiting push conversations to agents who have room,
// close conversations whose workstream auto-closes them after inactivity, and prune what has passed
// its retention (RETENTION_DAYS).
import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { publishConversationEvent } from "@/lib/live/publish";
import { logger } from "@/lib/logger";
import { retentionCutoff } from "@/lib/retention/batches";
import { capWebhookFailures, pruneWebhookFailures } from "@/lib/callbacks/failures";
import { findPushAgent } from "./assignment";
import { sendAutomatedMessage } from "./automated";
import { drainInboundQueue, pruneProcessedInboundEvents } from "./inbound-queue";
import { finishConversation } from "./outbound";

const TICK_MS = 5_000;
const PRUNE_EVERY_MS = 60_000;
const state = globalThis as typeof globalThis & { __sbWorker?: NodeJS.Timeout; __sbLastPruneAt?: number };

export function startMessageWorker() {
  if (state.__sbWorker) return;
  let busy = false;
  state.__sbWorker = setInterval(() => {
    if (busy) return;
    busy = true;
    void tick()
      .catch((error) => logger.error("message worker tick failed", { error }))
      .finally(() => (busy = false));
  }, TICK_MS);
  state.__sbWorker.unref();
  void drainInboundQueue();
}

async function tick(now = new Date()) {
  await drainInboundQueue();
  await assignWaitingConversations();
  await closeInactiveConversations(now);
  if (now.getTime() - (state.__sbLastPruneAt ?? 0) >= PRUNE_EVERY_MS) {
    state.__sbLastPruneAt = now.getTime();
    await pruneExpiredRecords(now);
  }
}

/** Batched (a backlog drains over several passes), so a pass never holds the database for long. */
export async function pruneExpiredRecords(now: Date) {
  const before = retentionCutoff(now, getEnv().RETENTION_DAYS);
  const events = await pruneProcessedInboundEvents({ before });
  const failures = (await pruneWebhookFailures({ before })) + (await capWebhookFailures());
  if (events + failures > 0) logger.info("pruned expired records", { inboundEvents: events, refusedRequests: failures });
}

export async function assignWaitingConversations(limit = 50) {
  const waiting = await db.conversation.findMany({
    where: { status: "OPEN", assignedToId: null, queueId: { not: null }, workstream: { distributionMode: "PUSH" } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, queueId: true, workstream: { select: { allowedPresences: true, capacityUnits: true } } },
  });
  for (const conversation of waiting) {
    if (!conversation.queueId || !conversation.workstream) continue;
    const agentId = await findPushAgent({ queueId: conversation.queueId, workstream: conversation.workstream, preferredUserId: null });
    if (!agentId) continue;
    const taken = await db.conversation.updateMany({ where: { id: conversation.id, assignedToId: null }, data: { assignedToId: agentId } });
    if (taken.count === 0) continue;
    publishConversationEvent("conversation.assigned", conversation.id);
    await sendAutomatedMessage({ conversationId: conversation.id, trigger: "agentAssigned" });
  }
}

export async function closeInactiveConversations(now: Date) {
  const workstreams = await db.workstream.findMany({
    where: { autoCloseMinutes: { gt: 0 } },
    select: { id: true, autoCloseMinutes: true },
  });
  for (const workstream of workstreams) {
    const cutoff = new Date(now.getTime() - (workstream.autoCloseMinutes ?? 0) * 60_000);
    const stale = await db.conversation.findMany({
      where: { workstreamId: workstream.id, status: "OPEN", lastMessageAt: { lt: cutoff } },
      take: 50,
      select: { id: true },
    });
    for (const conversation of stale)
      await finishConversation({ conversationId: conversation.id, reason: "timeout", closedById: null, now });
  }
}

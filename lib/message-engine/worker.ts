// The message flow's periodic work, run as scheduled jobs (lib/message-engine/jobs.ts): hand waiting
// push conversations to agents who have room, close conversations whose workstream auto-closes them
// after inactivity, queue again what a crash stranded between two writes, and prune what has passed
// its retention (RETENTION_DAYS). Each pass is batched and safe to run twice.
import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { publishConversationEvent } from "@/lib/live/publish";
import { logger } from "@/lib/logger";
import { retentionCutoff } from "@/lib/retention/batches";
import { capWebhookFailures, pruneWebhookFailures } from "@/lib/callbacks/failures";
import { assignToFirstWithRoom } from "./assignment";
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

export async function assignWaitingConversations(limit = 50) {
  const waiting = await db.conversation.findMany({
    where: { status: "OPEN", assignedToId: null, queueId: { not: null }, workstream: { distributionMode: "PUSH" } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: {
      id: true,
      queueId: true,
      requiredSkills: true,
      workstream: { select: { allowedPresences: true, capacityUnits: true, skillMatching: true } },
    },
  });
  for (const conversation of waiting) {
    if (!conversation.queueId || !conversation.workstream) continue;
    const agentId = await assignToFirstWithRoom({
      conversationId: conversation.id,
      queueId: conversation.queueId,
      workstream: conversation.workstream,
      preferredUserId: null,
      requiredSkills: conversation.requiredSkills,
    });
    if (!agentId) continue;
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

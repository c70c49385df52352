// A bot conversation reaches the agents (decision 028): when the bot hands it over — to the workstream's
// routing or a named queue — or when Switchboard gives up on the bot (it failed too often in a row,
// its secret can't be read, it was removed, or it didn't hand over in time). Either way the thread gets
// a line saying so, the conversation gets its queue, and push assignment runs as for a new conversation.
import "server-only";
import { db } from "@/lib/db";
import { publishConversationEvent } from "@/lib/live/publish";
import { logger } from "@/lib/logger";
import { queueNameKey } from "@/lib/queues/name-key";
import { sendAutomatedMessage } from "@/lib/message-engine/automated";
import { assignPushConversation } from "@/lib/message-engine/push-assign";
import { routeToQueue } from "@/lib/message-engine/routing-queue";
import type { BotFailure } from "@/lib/providers/bot/call-bot";

export type FallbackReason = BotFailure | "noHandoff" | "notConfigured";
export type HandoffTarget = { to: "routing" } | { to: "queue"; queue: string };
export type ConversationEventDetail = {
  botName?: string | null;
  queueName?: string | null;
  reason?: FallbackReason | "unknownQueue";
  failures?: number;
  minutes?: number;
};

/**
 * Moves an active bot conversation to its queue and on to an agent. False when it was no longer the
 * bot's (handed over or closed meanwhile): the first of two concurrent hand-offs wins.
 */
export async function handOffConversation(options: {
  conversationId: string;
  target: HandoffTarget;
  fallback?: { reason: FallbackReason; failures?: number };
  now?: Date;
}): Promise<boolean> {
  const now = options.now ?? new Date();
  const conversation = await db.conversation.findUnique({
    where: { id: options.conversationId },
    select: {
      id: true,
      status: true,
      botState: true,
      channel: true,
      locale: true,
      numberId: true,
      customerAddress: true,
      workstream: {
        select: {
          id: true,
          fallbackQueueId: true,
          distributionMode: true,
          keepSameAgent: true,
          allowedPresences: true,
          capacityUnits: true,
          skillMatching: true,
          botName: true,
          botHandoffMinutes: true,
        },
      },
      messages: { where: { direction: "INBOUND" }, orderBy: { createdAt: "asc" }, take: 1, select: { body: true } },
    },
  });
  if (!conversation || conversation.status !== "OPEN" || conversation.botState !== "active" || !conversation.workstream) return false;
  const { workstream } = conversation;

  const named = options.target.to === "queue" ? await findQueue(options.target.queue) : null;
  const isUnknownQueue = options.target.to === "queue" && !named;
  const routed = named
    ? { queueId: named.id, ruleId: null, requiredSkills: "[]" }
    : await routeToQueue({
        workstream,
        text: conversation.messages[0]?.body ?? "",
        customerAddress: conversation.customerAddress,
        language: conversation.locale ?? "en-US",
        channel: conversation.channel,
      });
  const taken = await db.conversation.updateMany({
    where: { id: conversation.id, status: "OPEN", botState: "active" },
    data: {
      botState: options.fallback ? "fallback" : "handedOff",
      botDeadlineAt: null,
      queueId: routed.queueId,
      routedByRuleId: routed.ruleId,
      requiredSkills: routed.requiredSkills,
    },
  });
  if (taken.count === 0) return false;

  const queue = await db.queue.findUnique({ where: { id: routed.queueId }, select: { name: true } });
  const detail: ConversationEventDetail = {
    botName: workstream.botName,
    queueName: queue?.name ?? null,
    ...(options.fallback
      ? { reason: options.fallback.reason, failures: options.fallback.failures, minutes: workstream.botHandoffMinutes }
      : isUnknownQueue
        ? { reason: "unknownQueue" }
        : {}),
  };
  await db.conversationEvent.create({
    data: {
      conversationId: conversation.id,
      kind: options.fallback ? "botFallback" : "botHandoff",
      detail: JSON.stringify(detail),
      createdAt: now,
    },
    select: { id: true },
  });
  if (options.fallback) logger.warn("bot conversation handed to agents without the bot", { conversationId: conversation.id, ...detail });
  publishConversationEvent("conversation.created", conversation.id);

  if (workstream.distributionMode !== "PUSH" || !conversation.numberId) return true;
  const agentId = await assignPushConversation({
    conversationId: conversation.id,
    queueId: routed.queueId,
    numberId: conversation.numberId,
    customerAddress: conversation.customerAddress,
    workstream,
    requiredSkills: routed.requiredSkills,
  });
  if (agentId) publishConversationEvent("conversation.assigned", conversation.id);
  await sendAutomatedMessage({ conversationId: conversation.id, trigger: agentId ? "agentAssigned" : "agentNotAssigned", now });
  return true;
}

/** A queue the bot named: by id, or by name ignoring case (queue names are unique that way). */
async function findQueue(reference: string) {
  return (
    (await db.queue.findUnique({ where: { id: reference }, select: { id: true } })) ??
    (await db.queue.findUnique({ where: { nameKey: queueNameKey(reference) }, select: { id: true } }))
  );
}

/** The periodic pass: bot conversations past their deadline go to the agents. Batched; safe to run twice. */
export async function fallBackOverdueBotConversations(now: Date, limit = 50): Promise<number> {
  const overdue = await db.conversation.findMany({
    where: { botState: "active", status: "OPEN", botDeadlineAt: { lte: now } },
    orderBy: { botDeadlineAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let count = 0;
  for (const conversation of overdue) {
    if (await handOffConversation({ conversationId: conversation.id, target: { to: "routing" }, fallback: { reason: "noHandoff" }, now }))
      count += 1;
  }
  return count;
}

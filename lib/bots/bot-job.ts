// The "bot" job (decision 028): one per customer message of a conversation the bot has, ordered per
// conversation, so the bot sees a customer's messages one at a time and in order. The job POSTs the
// message (call-bot.ts), sends the bot's messages through the ordinary send jobs (lib/message-engine/send.ts,
// so provider failures behave as for any message), and hands the conversation over when the bot asks.
// A failed request is not retried — the bot might have acted on it — but counted: after the workstream's
// number of failures in a row the conversation falls back to the agents at once.
import "server-only";
import { db } from "@/lib/db";
import { getJobEngine } from "@/lib/jobs/engine";
import { logger } from "@/lib/logger";
import { sendSystemText } from "@/lib/message-engine/automated";
import { callBot, type BotFailure } from "@/lib/providers/bot/call-bot";
import { handOffConversation, type FallbackReason } from "./handoff";
import { BOT_PROTOCOL_VERSION, type BotRequest } from "./protocol";

export const BOT_QUEUE = "bot";
export type BotJob = { conversationId: string; messageId: string; isNew?: boolean };

/** When a conversation the bot got now falls back to the agents at the latest. */
export function botDeadline(now: Date, handoffMinutes: number): Date {
  return new Date(now.getTime() + Math.max(1, handoffMinutes) * 60_000);
}

export async function queueBotRequest(job: BotJob) {
  await getJobEngine().send<BotJob>(BOT_QUEUE, job, {
    orderKey: `bot:${job.conversationId}`,
    singletonKey: `bot:${job.messageId}`,
    retryLimit: 1,
  });
}

export async function processBotJob(job: BotJob, now = new Date()): Promise<void> {
  const conversation = await db.conversation.findUnique({
    where: { id: job.conversationId },
    select: {
      id: true,
      status: true,
      botState: true,
      channel: true,
      customerAddress: true,
      ourAddress: true,
      lastInboundAt: true,
      workstreamId: true,
      workstream: { select: { botName: true, botEndpoint: true, botMaxErrors: true } },
    },
  });
  // Handed over, fallen back or closed since the message came: the agents have it now.
  if (!conversation || conversation.status !== "OPEN" || conversation.botState !== "active") return;
  const bot = conversation.workstream;
  const secret = bot?.botName && bot.botEndpoint ? await readBotSecret(conversation.workstreamId!) : null;
  if (!bot?.botName || !bot.botEndpoint || !secret) {
    await handOffConversation({ conversationId: conversation.id, target: { to: "routing" }, fallback: { reason: "notConfigured" }, now });
    return;
  }
  const message = await db.message.findFirst({
    where: { id: job.messageId, conversationId: conversation.id },
    select: {
      id: true,
      body: true,
      createdAt: true,
      attachments: { orderBy: { createdAt: "asc" }, select: { contentType: true, fileName: true, size: true } },
    },
  });
  if (!message) return;

  const request: BotRequest = {
    version: BOT_PROTOCOL_VERSION,
    type: "message",
    conversation: {
      id: conversation.id,
      channel: conversation.channel,
      workstreamId: conversation.workstreamId,
      isNew: job.isNew ?? false,
    },
    customer: { address: conversation.customerAddress, name: null },
    to: conversation.ourAddress,
    message: { id: message.id, text: message.body, attachments: message.attachments, receivedAt: message.createdAt.toISOString() },
    sentAt: now.toISOString(),
  };
  const outcome = await callBot({ endpoint: bot.botEndpoint, secret, request, now });
  if (!outcome.ok) {
    await countFailure({
      conversationId: conversation.id,
      failure: outcome.failure,
      detail: outcome.detail,
      maxErrors: bot.botMaxErrors,
      now,
    });
    return;
  }
  // A good answer resets the count — unless the conversation left the bot while it was thinking:
  // then the answer is dropped, the agents have the customer.
  const still = await db.conversation.updateMany({
    where: { id: conversation.id, status: "OPEN", botState: "active" },
    data: { botErrorCount: 0 },
  });
  if (still.count === 0) return;
  for (const reply of outcome.answer.messages) {
    await sendSystemText({
      conversationId: conversation.id,
      body: reply.text,
      kind: "bot",
      senderName: bot.botName,
      channel: conversation.channel,
      lastInboundAt: conversation.lastInboundAt,
      now,
    });
  }
  if (outcome.answer.handoff) await handOffConversation({ conversationId: conversation.id, target: outcome.answer.handoff, now });
}

/** The workstream's bot secret, or null when there is none or it can't be opened with the configured keys. */
async function readBotSecret(workstreamId: string): Promise<string | null> {
  try {
    const row = await db.workstream.findUnique({ where: { id: workstreamId }, select: { botSecret: true } });
    return row?.botSecret || null;
  } catch (error) {
    logger.error("the bot secret can't be read", { workstreamId, error });
    return null;
  }
}

async function countFailure(options: { conversationId: string; failure: BotFailure; detail?: string; maxErrors: number; now: Date }) {
  const updated = await db.conversation.updateManyAndReturn({
    where: { id: options.conversationId, status: "OPEN", botState: "active" },
    data: { botErrorCount: { increment: 1 } },
    select: { botErrorCount: true },
  });
  const failures = updated[0]?.botErrorCount;
  logger.warn("bot request failed", { conversationId: options.conversationId, failure: options.failure, detail: options.detail, failures });
  if (failures === undefined || failures < Math.max(1, options.maxErrors)) return;
  const reason: FallbackReason = options.failure;
  await handOffConversation({
    conversationId: options.conversationId,
    target: { to: "routing" },
    fallback: { reason, failures },
    now: options.now,
  });
}

// Sends the effective automated message for a trigger (SPEC §2): the channel instance's override or
// the workstream's channel-level text, in the conversation's locale, placeholders filled. Nothing is
// sent when no active message exists, to an opted-out customer, or outside the WhatsApp window.
import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import {
  findPlaceholders,
  renderAutomatedMessage,
  resolveAutomatedMessage,
  type AutomatedMessageTrigger,
  type PlaceholderValues,
} from "@/lib/workstreams/automated-messages/message-text";
import { OptedOutError } from "./consent";
import { sendConversationMessage, type MessageKind } from "./send";
import { whatsappWindow } from "../messaging/whatsapp-window";

export async function sendAutomatedMessage(options: {
  conversationId: string;
  trigger: AutomatedMessageTrigger;
  values?: PlaceholderValues;
  now?: Date;
}) {
  const conversation = await db.conversation.findUnique({
    where: { id: options.conversationId },
    select: {
      channel: true,
      locale: true,
      lastInboundAt: true,
      workstreamId: true,
      queueId: true,
      assignedToId: true,
      channelInstance: { select: { id: true, defaultLocale: true } },
    },
  });
  if (!conversation?.workstreamId || !conversation.channelInstance) return null;
  const stored = await db.automatedMessage.findMany({
    where: {
      workstreamId: conversation.workstreamId,
      trigger: options.trigger,
      OR: [{ channelInstanceId: null }, { channelInstanceId: conversation.channelInstance.id }],
    },
    select: { trigger: true, locale: true, text: true, isActive: true, channelInstanceId: true },
  });
  const toDomain = (row: (typeof stored)[number]) => ({
    trigger: options.trigger,
    locale: row.locale,
    text: row.text,
    isActive: row.isActive,
  });
  const resolved = resolveAutomatedMessage({
    trigger: options.trigger,
    locale: conversation.locale,
    defaultLocale: conversation.channelInstance.defaultLocale,
    instanceMessages: stored.filter((row) => row.channelInstanceId !== null).map(toDomain),
    channelMessages: stored.filter((row) => row.channelInstanceId === null).map(toDomain),
  });
  if (!resolved) return null;
  // The names are read only for a text that shows them (most greetings don't): two queries fewer per new conversation.
  const used = new Set(findPlaceholders(resolved.text).map((placeholder) => placeholder.name));
  const readName = async (wanted: boolean, read: () => Promise<{ name: string } | null>) => (wanted ? (await read())?.name : undefined);
  const text = renderAutomatedMessage(resolved.text, {
    AgentName: await readName(used.has("AgentName") && conversation.assignedToId !== null, () =>
      db.user.findUnique({ where: { id: conversation.assignedToId! }, select: { name: true } }),
    ),
    QueueName: await readName(used.has("QueueName") && conversation.queueId !== null, () =>
      db.queue.findUnique({ where: { id: conversation.queueId! }, select: { name: true } }),
    ),
    ...options.values,
  });
  return sendSystemText({
    conversationId: options.conversationId,
    body: text,
    kind: "automated",
    trigger: options.trigger,
    channel: conversation.channel,
    lastInboundAt: conversation.lastInboundAt,
    now: options.now,
  });
}

/** A message from Switchboard itself; skipped (not thrown) when the customer opted out or the window closed. */
export async function sendSystemText(options: {
  conversationId: string;
  body: string;
  kind: MessageKind;
  trigger?: string | null;
  senderName?: string | null;
  channel: "SMS" | "WHATSAPP";
  lastInboundAt: Date | null;
  ignoreConsent?: boolean;
  now?: Date;
}) {
  if (options.channel === "WHATSAPP" && !whatsappWindow(options.lastInboundAt, options.now ?? new Date()).isOpen) return null;
  try {
    return await sendConversationMessage({
      conversationId: options.conversationId,
      kind: options.kind,
      body: options.body,
      trigger: options.trigger ?? null,
      senderName: options.senderName,
      ignoreConsent: options.ignoreConsent,
    });
  } catch (error) {
    if (error instanceof OptedOutError) return null;
    logger.error("automated message failed", { conversationId: options.conversationId, trigger: options.trigger, error });
    return null;
  }
}

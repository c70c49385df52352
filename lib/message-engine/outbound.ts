// What agents do to a conversation: reply (free text and attachments), send a WhatsApp template,
// take it from the queue, close it (resolved, with the survey) and reopen it. Every refusal is an
// ActionError with a catalog key; provider failures are stored on the message (FAILED + error code).
import "server-only";
import { isFlagged } from "@/lib/templates/twilio-plan";
import { ActionError } from "@/lib/actions/action-error";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { publishConversationEvent } from "@/lib/live/publish";
import { hasMoreCharactersThan, MAX_MESSAGE_CHARACTERS } from "@/lib/messaging/sms-segments";
import { extractVariables, renderTemplate } from "@/lib/templates/template-lint";
import { visibleConversationsWhere } from "../conversations/access";
import { sendAutomatedMessage, sendSystemText } from "./automated";
import { requestWaitingAssignment } from "./assign-soon";
import { assertNotOptedOut } from "./consent";
import { parseAllowedFileTypes } from "../conversations/conversation-view";
import { sendConversationMessage, type OutgoingAttachment, type SendResult } from "./send";
import { whatsappWindow } from "../messaging/whatsapp-window";
import { canResend } from "../messaging/send-state";

export type Actor = Pick<SessionUser, "id" | "email" | "name" | "role">;
export type { OutgoingAttachment, SendResult };

const MAX_ATTACHMENTS = 5;

async function loadForAction(conversationId: string, actor: Actor) {
  const conversation = await db.conversation.findFirst({
    where: { AND: [{ id: conversationId }, visibleConversationsWhere(actor)] },
    select: {
      id: true,
      status: true,
      channel: true,
      provider: true,
      accountId: true,
      numberId: true,
      customerAddress: true,
      assignedToId: true,
      lastInboundAt: true,
      channelInstance: {
        select: {
          attachmentsEnabled: true,
          agentsCanSend: true,
          maxAttachmentMb: true,
          allowedFileTypes: true,
          surveyEnabled: true,
          surveyMessage: true,
          surveyLink: true,
        },
      },
    },
  });
  if (!conversation) throw new ActionError("notFound", "errors.conversation.notFound");
  return conversation;
}

type Loaded = Awaited<ReturnType<typeof loadForAction>>;

/** Replying is for the assigned agent; an unassigned conversation is taken by whoever replies. */
async function ensureCanReply(conversation: Loaded, actor: Actor) {
  if (conversation.status !== "OPEN") throw new ActionError("conflict", "errors.conversation.closed");
  if (conversation.assignedToId && conversation.assignedToId !== actor.id && actor.role === "AGENT")
    throw new ActionError("conflict", "errors.conversation.notYours");
  await assertNotOptedOut(conversation.numberId, conversation.customerAddress);
  if (!conversation.assignedToId) {
    await db.conversation.update({ where: { id: conversation.id }, data: { assignedToId: actor.id }, select: { id: true } });
    publishConversationEvent("conversation.assigned", conversation.id, { actorId: actor.id });
    // The agent joins by replying: the customer hears it first, when the channel says so.
    await sendAutomatedMessage({ conversationId: conversation.id, trigger: "agentJoined" });
  }
}

/** Size and type limits come from the channel instance (SPEC §2 "User features"). */
export function checkAttachments(options: {
  attachments: readonly OutgoingAttachment[];
  provider: string;
  instance: Loaded["channelInstance"];
}) {
  const { attachments, instance } = options;
  if (attachments.length === 0) return;
  if (!instance?.attachmentsEnabled || !instance.agentsCanSend || options.provider !== "TWILIO" || attachments.length > MAX_ATTACHMENTS) {
    throw new ActionError("validation", "errors.conversation.attachmentsNotAllowed", { field: "attachments" });
  }
  const types = parseAllowedFileTypes(instance.allowedFileTypes);
  for (const file of attachments) {
    if (file.data.length > instance.maxAttachmentMb * 1024 * 1024)
      throw new ActionError("validation", "errors.conversation.attachmentTooLarge", {
        field: "attachments",
        values: { maxMb: instance.maxAttachmentMb },
      });
    const extension = /\.[^.]+$/.exec(file.fileName.toLowerCase())?.[0] ?? "";
    if (types.length > 0 && !types.includes(extension))
      throw new ActionError("validation", "errors.conversation.attachmentType", {
        field: "attachments",
        values: { types: types.join(" ") },
      });
  }
}

export async function sendAgentReply({
  conversationId,
  actor,
  body,
  attachments,
}: {
  conversationId: string;
  actor: Actor;
  body: string;
  attachments: OutgoingAttachment[];
}): Promise<SendResult> {
  const conversation = await loadForAction(conversationId, actor);
  const text = body.trim();
  if (!text && attachments.length === 0) throw new ActionError("validation", "errors.conversation.empty", { field: "body" });
  if (hasMoreCharactersThan(text, MAX_MESSAGE_CHARACTERS))
    throw new ActionError("validation", "errors.conversation.tooLong", { field: "body", values: { max: MAX_MESSAGE_CHARACTERS } });
  if (conversation.channel === "WHATSAPP" && !whatsappWindow(conversation.lastInboundAt, new Date()).isOpen)
    throw new ActionError("conflict", "errors.conversation.windowClosed");
  checkAttachments({ attachments, provider: conversation.provider, instance: conversation.channelInstance });
  await ensureCanReply(conversation, actor);
  return sendConversationMessage({ conversationId, kind: "agent", body: text || null, authorId: actor.id, attachments });
}

export async function sendTemplateMessage({
  conversationId,
  actor,
  templateId,
  variables,
}: {
  conversationId: string;
  actor: Actor;
  templateId: string;
  variables: Record<string, string>;
}): Promise<SendResult> {
  const conversation = await loadForAction(conversationId, actor);
  const template = await db.whatsAppTemplate.findFirst({
    where: { id: templateId, accountId: conversation.accountId },
    select: { id: true, body: true, contentSid: true, twilioStatus: true },
  });
  if (!template || conversation.channel !== "WHATSAPP")
    throw new ActionError("notFound", "errors.conversation.templateNotFound", { field: "templateId" });
  if (!template.contentSid) throw new ActionError("conflict", "errors.conversation.templateWithoutContentSid", { field: "templateId" });
  // Twilio would refuse it (rejected, paused, disabled or deleted at the last sync): say so now.
  if (isFlagged(template.twilioStatus))
    throw new ActionError("conflict", "errors.conversation.templateNotApproved", {
      field: "templateId",
      values: { status: template.twilioStatus ?? "" },
    });
  const values: Record<string, string> = {};
  for (const variable of extractVariables(template.body)) {
    const value = variables[String(variable)]?.trim();
    if (!value)
      throw new ActionError("validation", "errors.conversation.templateVariables", {
        field: `variables.${variable}`,
        values: { variable },
      });
    values[String(variable)] = value;
  }
  await ensureCanReply(conversation, actor);
  return sendConversationMessage({
    conversationId,
    kind: "template",
    body: renderTemplate(template.body, values),
    authorId: actor.id,
    template: { id: template.id, contentSid: template.contentSid, variables: values },
  });
}

/**
 * The agent's deliberate "Resend" of a message that failed without the provider having confirmed or
 * taken it (canResend): a new message with the same text, template or files, sent like a reply. Never
 * automatic: the agent confirms it, knowing the customer may already have the first one.
 */
export async function resendFailedMessage({
  conversationId,
  messageId,
  actor,
}: {
  conversationId: string;
  messageId: string;
  actor: Actor;
}): Promise<SendResult> {
  const conversation = await loadForAction(conversationId, actor);
  const message = await db.message.findFirst({
    where: { id: messageId, conversationId },
    select: {
      direction: true,
      status: true,
      errorCode: true,
      kind: true,
      body: true,
      templateId: true,
      contentSid: true,
      contentVariables: true,
      attachments: { select: { fileName: true, contentType: true, data: true } },
    },
  });
  if (!message) throw new ActionError("notFound", "errors.conversation.messageNotFound");
  if (!canResend(message)) throw new ActionError("conflict", "errors.conversation.cannotResend");
  const template =
    message.templateId && message.contentSid
      ? {
          id: message.templateId,
          contentSid: message.contentSid,
          variables: JSON.parse(message.contentVariables ?? "{}") as Record<string, string>,
        }
      : null;
  if (conversation.channel === "WHATSAPP" && !template && !whatsappWindow(conversation.lastInboundAt, new Date()).isOpen)
    throw new ActionError("conflict", "errors.conversation.windowClosed");
  await ensureCanReply(conversation, actor);
  return sendConversationMessage({
    conversationId,
    kind: template ? "template" : "agent",
    body: message.body,
    authorId: actor.id,
    template,
    attachments: message.attachments.flatMap((file) =>
      file.data ? [{ fileName: file.fileName ?? "file", contentType: file.contentType, data: Buffer.from(file.data) }] : [],
    ),
  });
}

export async function takeConversation({ conversationId, actor }: { conversationId: string; actor: Actor }): Promise<void> {
  const conversation = await loadForAction(conversationId, actor);
  if (conversation.status !== "OPEN") throw new ActionError("conflict", "errors.conversation.closed");
  // Only an unassigned conversation can be taken: two agents clicking at once get one winner.
  const taken = await db.conversation.updateMany({
    where: { id: conversationId, assignedToId: null, status: "OPEN" },
    data: { assignedToId: actor.id },
  });
  if (taken.count === 0) {
    if (conversation.assignedToId === actor.id) return;
    throw new ActionError("conflict", "errors.conversation.notYours");
  }
  publishConversationEvent("conversation.assigned", conversationId, { actorId: actor.id });
  // An agent who takes a waiting conversation joins it (SPEC §2 "agent joined"); a channel that only says
  // "agent assigned" keeps saying that.
  if ((await sendAutomatedMessage({ conversationId, trigger: "agentJoined" })) === null)
    await sendAutomatedMessage({ conversationId, trigger: "agentAssigned" });
}

/** Resolves the conversation; the channel's "agent ended" message and the survey go out when set. */
export async function closeConversation({ conversationId, actor }: { conversationId: string; actor: Actor }): Promise<void> {
  const conversation = await loadForAction(conversationId, actor);
  if (conversation.status !== "OPEN") throw new ActionError("conflict", "errors.conversation.closed");
  if (conversation.assignedToId && conversation.assignedToId !== actor.id && actor.role === "AGENT")
    throw new ActionError("conflict", "errors.conversation.notYours");
  await finishConversation({ conversationId, reason: "agent", closedById: actor.id });
}

/** Shared by agents closing and the inactivity timeout (lib/message-engine/worker.ts). */
export async function finishConversation({
  conversationId,
  reason,
  closedById,
  now = new Date(),
}: {
  conversationId: string;
  reason: "agent" | "timeout" | "customer";
  closedById: string | null;
  now?: Date;
}) {
  const closed = await db.conversation.updateMany({
    where: { id: conversationId, status: "OPEN" },
    data: { status: "RESOLVED", closedAt: now, closedReason: reason, closedById },
  });
  if (closed.count === 0) return;
  // The agent has room again: a waiting push conversation may go to them.
  await requestWaitingAssignment();
  publishConversationEvent("conversation.closed", conversationId);
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    select: {
      channel: true,
      lastInboundAt: true,
      channelInstance: { select: { surveyEnabled: true, surveyMessage: true, surveyLink: true } },
    },
  });
  if (!conversation) return;
  // The agent's own close says "agent ended" when the channel has that message; every other close, and an
  // agent's close without it, says "session ended".
  const agentEnded = reason === "agent" ? await sendAutomatedMessage({ conversationId, trigger: "agentEndedConversation", now }) : null;
  if (agentEnded === null) await sendAutomatedMessage({ conversationId, trigger: "sessionEnded", now });
  const survey = conversation.channelInstance;
  if (survey?.surveyEnabled && survey.surveyMessage?.trim()) {
    const body = [survey.surveyMessage.trim(), survey.surveyLink?.trim()].filter(Boolean).join(" ");
    await sendSystemText({
      conversationId,
      body,
      kind: "survey",
      channel: conversation.channel,
      lastInboundAt: conversation.lastInboundAt,
      now,
    });
  }
}

export async function reopenConversation({ conversationId, actor }: { conversationId: string; actor: Actor }): Promise<void> {
  const conversation = await loadForAction(conversationId, actor);
  if (conversation.status === "OPEN") return;
  const newer = await db.conversation.findFirst({
    where: { numberId: conversation.numberId, customerAddress: conversation.customerAddress, status: "OPEN" },
    select: { id: true },
  });
  if (newer) throw new ActionError("conflict", "errors.conversation.newerOpen");
  try {
    await db.conversation.update({
      where: { id: conversationId },
      data: {
        status: "OPEN",
        closedAt: null,
        closedReason: null,
        closedById: null,
        assignedToId: actor.role === "AGENT" ? actor.id : conversation.assignedToId,
      },
      select: { id: true },
    });
  } catch (error) {
    // The customer wrote meanwhile and a new conversation opened (one open per customer, decision 017).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ActionError("conflict", "errors.conversation.newerOpen");
    throw error;
  }
  publishConversationEvent("conversation.reopened", conversationId, { previousAgentId: conversation.assignedToId });
}

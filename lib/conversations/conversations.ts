// What the agent screens read (the dashboard's lists are list.ts): one conversation with its thread and what the
// composer may offer, the account's WhatsApp templates, and attachment content for /api/media.
// Every read goes through visibleConversationsWhere, so a conversation a user can't see doesn't exist.
import "server-only";
import { FLAGGED_STATUSES } from "@/lib/templates/twilio-plan";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { publishConversationEvent } from "@/lib/live/publish";
import { logger } from "@/lib/logger";
import { formatInternational } from "@/lib/numbers/number-format";
import { fetchTwilioMedia } from "@/lib/providers/twilio/messages";
import { visibleConversationsWhere } from "./access";
import { findOptOut } from "../message-engine/consent";
import {
  composerMode,
  conversationActions,
  mediaUnavailableReason,
  parseAllowedFileTypes,
  parseTemplateExamples,
  readMediaUnavailableReason,
  type ComposerMode,
  type MediaUnavailableReason,
} from "./conversation-view";
import { isAllowedInboundType } from "./content-types";
import { bareAddress } from "../message-engine/inbound-parse";
import { parseStoredContent } from "../messaging/message-content";
import { whatsappWindow } from "../messaging/whatsapp-window";
import { composerQuickReplies, findThreadEvents } from "./workspace-view";

export type Viewer = Pick<SessionUser, "id" | "role"> & { name?: string; timeZone?: string | null };
type Channel = "SMS" | "WHATSAPP";

const MEDIA_MAX_BYTES = 20 * 1024 * 1024;

/** "+1 425 230 6549" for any way a provider writes a customer (E.164, TeleSign's bare digits, "whatsapp:"). */
export function displayAddress(address: string): string {
  const bare = bareAddress(address);
  return bare.startsWith("+") ? formatInternational(bare) : bare; // a short code stays as digits
}

export function windowOf(channel: Channel, status: string, lastInboundAt: Date | null, now: Date) {
  if (channel !== "WHATSAPP" || status !== "OPEN") return null;
  const window = whatsappWindow(lastInboundAt, now);
  return { isOpen: window.isOpen, closesAt: window.closesAt?.toISOString() ?? null, remainingMs: window.remainingMs };
}

/**
 * One conversation with its latest `limit` messages, or null when it doesn't exist or the user
 * can't see it. `markRead` records that the user has now read it (the page and its polling do).
 */
export async function findConversation({
  user,
  conversationId,
  limit,
  markRead = false,
  now = new Date(),
}: {
  user: Viewer;
  conversationId: string;
  limit: number;
  markRead?: boolean;
  now?: Date;
}) {
  const conversation = await db.conversation.findFirst({
    where: { AND: [{ id: conversationId }, visibleConversationsWhere(user)] },
    select: {
      id: true,
      channel: true,
      provider: true,
      status: true,
      customerAddress: true,
      ourAddress: true,
      numberId: true,
      lastInboundAt: true,
      createdAt: true,
      closedAt: true,
      closedReason: true,
      botState: true,
      locale: true,
      workstream: { select: { id: true, name: true, botName: true, quickReplies: true } },
      queue: { select: { id: true, name: true } },
      assignedTo: { select: { id: true, name: true } },
      channelInstance: {
        select: {
          attachmentsEnabled: true,
          agentsCanSend: true,
          allowedFileTypes: true,
          maxAttachmentMb: true,
          surveyEnabled: true,
          defaultLocale: true,
        },
      },
    },
  });
  if (!conversation) return null;
  const [messages, consent] = await Promise.all([
    db.message.findMany({
      where: { conversationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: {
        id: true,
        direction: true,
        kind: true,
        body: true,
        content: true,
        status: true,
        errorCode: true,
        errorMessage: true,
        sendAfter: true,
        awaitingStatusSince: true,
        trigger: true,
        templateId: true,
        createdAt: true,
        senderName: true,
        author: { select: { name: true } },
        attachments: {
          orderBy: { createdAt: "asc" },
          select: { id: true, contentType: true, fileName: true, size: true, blockedReason: true, unavailableReason: true },
        },
      },
    }),
    findOptOut(conversation.numberId, conversation.customerAddress),
    markRead ? markConversationRead({ userId: user.id, conversationId, readAt: now }) : null,
  ]);
  const hasEarlier = messages.length > limit;
  const shown = messages.slice(0, limit).reverse();
  const events = await findThreadEvents(conversationId, hasEarlier ? (shown[0]?.createdAt ?? null) : null);
  const templateIds = [...new Set(shown.flatMap((message) => (message.templateId ? [message.templateId] : [])))];
  const templateNames = new Map(
    templateIds.length === 0
      ? []
      : (await db.whatsAppTemplate.findMany({ where: { id: { in: templateIds } }, select: { id: true, name: true } })).map((template) => [
          template.id,
          template.name,
        ]),
  );

  const instance = conversation.channelInstance;
  const window = windowOf(conversation.channel, conversation.status, conversation.lastInboundAt, now);
  const optedOut = consent ? { since: consent.updatedAt.toISOString(), keyword: consent.keyword, source: consent.source } : null;
  const who = {
    canHandle: can(user.role, "conversations:handle"),
    isAgent: user.role === "AGENT",
    isOpen: conversation.status === "OPEN",
    assignedToId: conversation.assignedTo?.id ?? null,
    userId: user.id,
  };
  const mode: ComposerMode = composerMode({
    ...who,
    isOptedOut: optedOut !== null,
    isWhatsApp: conversation.channel === "WHATSAPP",
    isWindowOpen: window?.isOpen ?? true,
  });
  return {
    serverTime: now.toISOString(),
    conversation: {
      id: conversation.id,
      channel: conversation.channel,
      provider: conversation.provider,
      status: conversation.status,
      customer: displayAddress(conversation.customerAddress),
      ourAddress: displayAddress(conversation.ourAddress),
      workstream: conversation.workstream ? { id: conversation.workstream.id, name: conversation.workstream.name } : null,
      queue: conversation.queue,
      // With the bot (decision 028): no queue or agent yet.
      bot: conversation.botState === "active" ? { name: conversation.workstream?.botName ?? null } : null,
      assignee: conversation.assignedTo ? { ...conversation.assignedTo, isMe: conversation.assignedTo.id === user.id } : null,
      createdAt: conversation.createdAt.toISOString(),
      closedAt: conversation.closedAt?.toISOString() ?? null,
      closedReason: conversation.closedReason,
      lastInboundAt: conversation.lastInboundAt?.toISOString() ?? null,
      window,
    },
    actions: conversationActions(who),
    mode,
    optedOut,
    // Media go out through Twilio only (MMS and WhatsApp); TeleSign sends text.
    attachments:
      instance?.attachmentsEnabled && instance.agentsCanSend && conversation.provider === "TWILIO"
        ? { allowedTypes: parseAllowedFileTypes(instance.allowedFileTypes), maxMb: instance.maxAttachmentMb }
        : null,
    surveyOnClose: instance?.surveyEnabled ?? false,
    quickReplies: composerQuickReplies({
      stored: conversation.workstream?.quickReplies,
      locale: conversation.locale,
      instanceLocale: instance?.defaultLocale ?? null,
      values: {
        AgentName: user.name ?? null,
        CustomerNumber: displayAddress(conversation.customerAddress),
        QueueName: conversation.queue?.name ?? null,
      },
    }),
    events,
    hasEarlier,
    messages: shown.map(({ author, templateId, createdAt, content, attachments, sendAfter, awaitingStatusSince, ...message }) => ({
      ...message,
      sendAfter: sendAfter?.toISOString() ?? null,
      awaitingStatusSince: awaitingStatusSince?.toISOString() ?? null,
      content: parseStoredContent(content),
      attachments: attachments.map((attachment) => ({
        ...attachment,
        unavailableReason: readMediaUnavailableReason(attachment.unavailableReason),
      })),
      author: author?.name ?? null,
      templateName: templateId ? (templateNames.get(templateId) ?? null) : null,
      createdAt: createdAt.toISOString(),
    })),
  };
}

export type ConversationDetail = NonNullable<Awaited<ReturnType<typeof findConversation>>>;
export type ConversationMessage = ConversationDetail["messages"][number];
export type ConversationThreadEvent = ConversationDetail["events"][number];

export async function markConversationRead({ userId, conversationId, readAt }: { userId: string; conversationId: string; readAt: Date }) {
  await db.conversationRead.upsert({
    where: { conversationId_userId: { conversationId, userId } },
    create: { conversationId, userId, readAt },
    update: { readAt },
    select: { readAt: true },
  });
}

/** The WhatsApp templates of the conversation's account (null: not visible; [] for SMS). */
export async function listConversationTemplates({ user, conversationId }: { user: Viewer; conversationId: string }) {
  const conversation = await db.conversation.findFirst({
    where: { AND: [{ id: conversationId }, visibleConversationsWhere(user)] },
    select: { accountId: true, channel: true },
  });
  if (!conversation) return null;
  if (conversation.channel !== "WHATSAPP") return [];
  const templates = await db.whatsAppTemplate.findMany({
    // Rejected, deleted, paused or disabled at Twilio's last sync (decision 031): the send would fail, so not offered.
    where: { accountId: conversation.accountId, OR: [{ twilioStatus: null }, { twilioStatus: { notIn: [...FLAGGED_STATUSES] } }] },
    orderBy: [{ name: "asc" }, { language: "asc" }],
    select: { id: true, name: true, language: true, body: true, examples: true, contentSid: true },
  });
  return templates.map(({ examples, contentSid, ...template }) => ({
    ...template,
    examples: parseTemplateExamples(examples),
    hasContentSid: Boolean(contentSid?.trim()),
  }));
}

export type ConversationTemplate = NonNullable<Awaited<ReturnType<typeof listConversationTemplates>>>[number];

export type AttachmentContent = { contentType: string; fileName: string | null; data: Uint8Array };

/**
 * The bytes of an attachment the user may see: stored ones (outbound uploads) as they are, inbound
 * media fetched from the provider with the account's credentials. Null when it isn't visible or the
 * provider can't deliver it; then the reason is stored on the attachment (Attachment.unavailableReason)
 * so the thread says why instead of showing a broken image. Logged without the URL or credentials.
 */
export async function loadAttachmentContent({
  user,
  attachmentId,
}: {
  user: Viewer;
  attachmentId: string;
}): Promise<AttachmentContent | null> {
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, blockedReason: null, message: { conversation: visibleConversationsWhere(user) } },
    select: {
      contentType: true,
      fileName: true,
      providerUrl: true,
      data: true,
      unavailableReason: true,
      messageId: true,
      message: {
        select: {
          conversationId: true,
          conversation: {
            select: {
              account: { select: { provider: true, twilioAccountSid: true, twilioAuthToken: true } },
              channelInstance: { select: { allowedFileTypes: true } },
            },
          },
        },
      },
    },
  });
  if (!attachment) return null;
  const stored = attachment.data && attachment.data.byteLength > 0 ? attachment.data : null;
  if (stored) return { contentType: attachment.contentType, fileName: attachment.fileName, data: stored };

  const { account, channelInstance } = attachment.message.conversation;
  // The thread shows why a file is missing: its viewers refetch when that changes.
  const setReason = async (reason: MediaUnavailableReason | null) => {
    await db.attachment.update({ where: { id: attachmentId }, data: { unavailableReason: reason }, select: { id: true } });
    publishConversationEvent("message.updated", attachment.message.conversationId, { messageId: attachment.messageId });
  };
  const unavailable = async (reason: MediaUnavailableReason) => {
    logger.warn("attachment media unavailable", { attachmentId, reason });
    if (attachment.unavailableReason !== reason) await setReason(reason);
    return null;
  };
  if (!attachment.providerUrl || account.provider !== "TWILIO" || !account.twilioAccountSid || !account.twilioAuthToken)
    return unavailable("credentialsRefused");
  if (!isAllowedInboundType(attachment.contentType, parseAllowedFileTypes(channelInstance?.allowedFileTypes)))
    return unavailable("typeNotAllowed");
  const fetched = await fetchTwilioMedia({
    accountSid: account.twilioAccountSid,
    authToken: account.twilioAuthToken,
    url: attachment.providerUrl,
    maxBytes: MEDIA_MAX_BYTES,
  }).catch((error: unknown) => {
    logger.error("attachment media fetch failed", { attachmentId, error });
    return { ok: false, reason: "unreachable" } as const;
  });
  if (!fetched.ok) return unavailable(mediaUnavailableReason(fetched.reason));
  if (attachment.unavailableReason) await setReason(null);
  return { contentType: fetched.contentType || attachment.contentType, fileName: attachment.fileName, data: fetched.data };
}

/** The customer's number for the page title, or null when the conversation isn't visible. */
export async function findConversationCustomer({ user, conversationId }: { user: Viewer; conversationId: string }): Promise<string | null> {
  const conversation = await db.conversation.findFirst({
    where: { AND: [{ id: conversationId }, visibleConversationsWhere(user)] },
    select: { customerAddress: true },
  });
  return conversation ? displayAddress(conversation.customerAddress) : null;
}

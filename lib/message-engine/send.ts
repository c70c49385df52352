// Sends one message of a conversation through its account's provider. The message is stored first
// (PENDING) and a "send" job is queued, keyed by the conversation's sends (order-keys.ts), so agents'
// replies and automated messages go out in the order they were written and a slow or failing
// provider never holds up routing or other conversations. The job hands it to Twilio or TeleSign once
// — marked `sendStartedAt` first, so a rerun after a crash never sends it twice (it is marked FAILED
// "timeout": may have been sent) — then it is QUEUED with the provider's id or FAILED with its error
// code. Status callbacks move it on (lib/message-engine/status-update.ts).
import "server-only";
import { randomBytes } from "node:crypto";
import { ActionError } from "@/lib/actions/action-error";
import { callbackUrl } from "@/lib/accounts/account-view";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { publishConversationEvent } from "@/lib/live/publish";
import { logger } from "@/lib/logger";
import { sendTelesignMessage } from "@/lib/providers/telesign/messaging";
import { sendTwilioMessage } from "@/lib/providers/twilio/messages";
import { getJobEngine } from "@/lib/jobs/engine";
import { assertNotOptedOut, recordConsent } from "./consent";
import { sendOrderKey } from "./order-keys";
import { previewOf } from "../messaging/message-content";
import { recordAcceptedSend, type SendOutcomeStore } from "./send-outcome";

export type MessageKind = "agent" | "template" | "automated" | "survey" | "keywordReply" | "bot";
export type OutgoingAttachment = { fileName: string; contentType: string; data: Buffer };
/** What the caller learns at once: the message is stored and its send queued (status PENDING). */
export type SendResult = {
  messageId: string;
  status: "PENDING" | "QUEUED" | "FAILED";
  errorCode: string | null;
  errorMessage: string | null;
};

export const SEND_QUEUE = "send";
export type SendJob = { messageId: string };

const sendOutcomeStore: SendOutcomeStore = {
  setAccepted: async ({ messageId, providerMessageId, status }) => {
    await db.message.update({
      where: { id: messageId },
      data: { status, providerMessageId, statusUpdatedAt: new Date() },
      select: { id: true },
    });
  },
  setStatus: async ({ messageId, status }) => {
    await db.message.update({ where: { id: messageId }, data: { status, statusUpdatedAt: new Date() }, select: { id: true } });
  },
  findByProviderId: (providerMessageId) => db.message.findFirst({ where: { providerMessageId }, select: { id: true } }),
};

/** Stores the message (PENDING) and queues its send; resolves once both are durable. */
export async function sendConversationMessage(options: {
  conversationId: string;
  kind: MessageKind;
  body: string | null;
  authorId?: string | null;
  /** Who sent a message no user wrote (the bot's name). */
  senderName?: string | null;
  trigger?: string | null;
  template?: { id: string; contentSid: string; variables: Record<string, string> } | null;
  attachments?: OutgoingAttachment[];
  /** Only the opt-out confirmation may go to a customer who just opted out. */
  ignoreConsent?: boolean;
}): Promise<SendResult> {
  const conversation = await db.conversation.findUnique({
    where: { id: options.conversationId },
    select: { id: true, accountId: true, numberId: true, customerAddress: true, ourAddress: true, provider: true },
  });
  if (!conversation) throw new ActionError("notFound", "errors.conversation.notFound");
  if (!options.ignoreConsent) {
    await assertNotOptedOut(conversation.numberId, conversation.customerAddress);
  }
  const attachments = options.attachments ?? [];
  const message = await db.message.create({
    data: {
      conversationId: conversation.id,
      direction: "OUTBOUND",
      kind: options.kind,
      body: options.body,
      authorId: options.authorId ?? null,
      senderName: options.senderName ?? null,
      provider: conversation.provider,
      status: "PENDING",
      trigger: options.trigger ?? null,
      templateId: options.template?.id ?? null,
      contentSid: options.template?.contentSid ?? null,
      contentVariables: options.template ? JSON.stringify(options.template.variables) : null,
      attachments: {
        create: attachments.map((file) => ({
          contentType: file.contentType,
          fileName: file.fileName,
          size: file.data.length,
          data: new Uint8Array(file.data),
          publicToken: randomBytes(24).toString("base64url"),
        })),
      },
    },
    select: { id: true },
  });
  await db.conversation.update({
    where: { id: conversation.id },
    data: { lastMessageAt: new Date(), lastMessagePreview: previewOf(options.body, attachments) },
    select: { id: true },
  });
  publishConversationEvent("message.added", conversation.id, { messageId: message.id });
  await queueSend({ messageId: message.id, ...conversation, isFirst: true });
  return { messageId: message.id, status: "PENDING", errorCode: null, errorMessage: null };
}

/** Queues the send job of a stored PENDING message (again, for the recovery sweep: a singleton). */
export async function queueSend(options: {
  messageId: string;
  accountId: string;
  ourAddress: string;
  customerAddress: string;
  /** A new message has no job yet: no singleton check. */
  isFirst?: boolean;
}) {
  await getJobEngine().send<SendJob>(
    SEND_QUEUE,
    { messageId: options.messageId },
    {
      orderKey: sendOrderKey(options),
      singletonKey: options.isFirst ? undefined : `send:${options.messageId}`,
      // The handler never calls the provider twice; retries only cover failures before that call.
      retryLimit: 3,
    },
  );
}

/** The send job: hands a PENDING message to its provider once and records what the provider said. */
export async function deliverMessage({ messageId }: SendJob): Promise<void> {
  const message = await db.message.findUnique({
    where: { id: messageId },
    select: {
      id: true,
      status: true,
      body: true,
      contentSid: true,
      contentVariables: true,
      attachments: { select: { publicToken: true } },
      conversation: {
        select: {
          id: true,
          numberId: true,
          customerAddress: true,
          ourAddress: true,
          number: { select: { messagingServiceSid: true } },
          account: {
            select: {
              id: true,
              provider: true,
              callbackKey: true,
              twilioAccountSid: true,
              twilioAuthToken: true,
              telesignCustomerId: true,
              telesignApiKey: true,
            },
          },
        },
      },
    },
  });
  if (!message || message.status !== "PENDING") return;
  const started = await db.message.updateMany({
    where: { id: messageId, status: "PENDING", sendStartedAt: null },
    data: { sendStartedAt: new Date() },
  });
  if (started.count === 0) {
    // A run before this one handed it to the provider and was cut short: it may have been sent.
    await db.message.updateMany({
      where: { id: messageId, status: "PENDING" },
      data: { status: "FAILED", errorCode: "timeout", errorMessage: null, statusUpdatedAt: new Date() },
    });
    publishConversationEvent("message.status", message.conversation.id, { messageId });
    return;
  }
  const { conversation } = message;
  const { account } = conversation;
  const statusCallback = callbackUrl(account);
  const template = message.contentSid
    ? { contentSid: message.contentSid, variables: JSON.parse(message.contentVariables ?? "{}") as Record<string, string> }
    : null;
  let outcome:
    { ok: true; providerMessageId: string; providerStatus: string } | { ok: false; errorCode: string; errorMessage: string | null };
  if (account.provider === "TWILIO") {
    if (!account.twilioAccountSid || !account.twilioAuthToken) outcome = { ok: false, errorCode: "credentials", errorMessage: null };
    else {
      const base = getEnv().PUBLIC_BASE_URL;
      const result = await sendTwilioMessage({
        accountSid: account.twilioAccountSid,
        authToken: account.twilioAuthToken,
        to: conversation.customerAddress,
        from: conversation.ourAddress,
        // A number in a Messaging Service sends through it; the status callback still names this account.
        messagingServiceSid: conversation.number?.messagingServiceSid ?? null,
        ...(template ? { contentSid: template.contentSid, contentVariables: template.variables } : { body: message.body ?? "" }),
        mediaUrls: message.attachments.map((file) => `${base}/api/media/public/${file.publicToken}`),
        statusCallback,
      });
      outcome = result.ok
        ? { ok: true, providerMessageId: result.sid, providerStatus: result.status }
        : { ok: false, errorCode: result.errorCode, errorMessage: result.message };
    }
  } else if (!account.telesignCustomerId || !account.telesignApiKey) {
    outcome = { ok: false, errorCode: "credentials", errorMessage: null };
  } else {
    const result = await sendTelesignMessage({
      customerId: account.telesignCustomerId,
      apiKey: account.telesignApiKey,
      phoneNumber: conversation.customerAddress,
      message: message.body ?? "",
      callbackUrl: statusCallback,
      externalId: message.id,
      // The conversation's number: without it TeleSign may pick another sender and the answer is lost.
      senderId: conversation.ourAddress,
    });
    outcome = result.ok
      ? { ok: true, providerMessageId: result.referenceId, providerStatus: String(result.statusCode) }
      : { ok: false, errorCode: result.errorCode, errorMessage: result.message };
  }

  if (outcome.ok) {
    const recorded = await recordAcceptedSend(sendOutcomeStore, message.id, {
      provider: account.provider,
      providerMessageId: outcome.providerMessageId,
      providerStatus: outcome.providerStatus,
    });
    if (recorded.anomaly) {
      logger.warn("provider returned a message id already recorded for another message", {
        messageId: message.id,
        provider: account.provider,
        providerMessageId: outcome.providerMessageId,
        otherMessageId: recorded.anomaly.otherMessageId,
      });
    }
    publishConversationEvent("message.status", conversation.id, { messageId: message.id });
    return;
  }
  logger.warn("provider refused a message", { messageId: message.id, provider: account.provider, errorCode: outcome.errorCode });
  await db.message.update({
    where: { id: message.id },
    data: {
      status: "FAILED",
      errorCode: outcome.errorCode,
      errorMessage: outcome.errorMessage?.slice(0, 500) ?? null,
      statusUpdatedAt: new Date(),
    },
    select: { id: true },
  });
  if (outcome.errorCode === "21610" && conversation.numberId) {
    await recordConsent({
      numberId: conversation.numberId,
      customerAddress: conversation.customerAddress,
      status: "OPTED_OUT",
      source: "twilio21610",
      keyword: null,
    });
  }
  publishConversationEvent("message.status", conversation.id, { messageId: message.id });
}

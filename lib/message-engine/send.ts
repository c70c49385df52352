// Sends one message of a conversation through its account's provider. The message is stored first
// (PENDING) and a "send" job is queued, keyed by the conversation's sends (order-keys.ts), so agents'
// replies and automated messages go out in the order they were written and a slow or failing
// provider never holds up routing or other conversations. The job waits for its number's send slot
// (MPS, send-rate.ts), then hands it to Twilio or TeleSign — marked `sendStartedAt` first, so it is
// never handed over twice — and it is QUEUED with the provider's id, retried later when the provider
// provably didn't take it (rate limited, no connection: send-retry.ts), left "awaiting status" when
// the provider may have it (the status callback settles it, reconcile.ts), or FAILED with the
// provider's error code. Status callbacks move it on (lib/message-engine/status-update.ts).
import "server-only";
import { randomBytes } from "node:crypto";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db";
import { publishConversationEvent } from "@/lib/live/publish";
import { logger } from "@/lib/logger";
import { getJobEngine } from "@/lib/jobs/engine";
import { assertNotOptedOut, recordConsent } from "./consent";
import { sendOrderKey } from "./order-keys";
import { previewOf } from "../messaging/message-content";
import { recordAcceptedSend, type SendOutcomeStore } from "./send-outcome";
import { callProvider } from "./send-provider";
import { reserveSendSlot, sendRateOf } from "./send-rate";
import { decideAfterFailure } from "./send-retry";

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

// What an accepted send leaves behind of the retries and waits before it.
const SETTLED = { errorCode: null, errorMessage: null, sendAfter: null, rateSlotAt: null, awaitingStatusSince: null };

const sendOutcomeStore: SendOutcomeStore = {
  setAccepted: async ({ messageId, providerMessageId, status }) => {
    await db.message.update({
      where: { id: messageId },
      data: { status, providerMessageId, statusUpdatedAt: new Date(), ...SETTLED },
      select: { id: true },
    });
  },
  setStatus: async ({ messageId, status }) => {
    await db.message.update({ where: { id: messageId }, data: { status, statusUpdatedAt: new Date(), ...SETTLED }, select: { id: true } });
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
      // Without files, no nested write: Prisma would wrap the insert in a transaction and read it back (decision 038).
      ...(attachments.length > 0 && {
        attachments: {
          create: attachments.map((file) => ({
            contentType: file.contentType,
            fileName: file.fileName,
            size: file.data.length,
            data: new Uint8Array(file.data),
            publicToken: randomBytes(24).toString("base64url"),
          })),
        },
      }),
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
  /** Not before this instant: a retry's backoff or the number's send slot. */
  startAfter?: Date;
}) {
  await getJobEngine().send<SendJob>(
    SEND_QUEUE,
    { messageId: options.messageId },
    {
      orderKey: sendOrderKey(options),
      singletonKey: options.isFirst ? undefined : `send:${options.messageId}`,
      startAfter: options.startAfter,
      // The handler never calls the provider twice; retries only cover failures before that call.
      retryLimit: 3,
    },
  );
}

const sendSelect = {
  id: true,
  status: true,
  body: true,
  contentSid: true,
  contentVariables: true,
  createdAt: true,
  sendStartedAt: true,
  sendAttempts: true,
  sendAfter: true,
  rateSlotAt: true,
  awaitingStatusSince: true,
  attachments: { select: { publicToken: true } },
  conversation: {
    select: {
      id: true,
      channel: true,
      numberId: true,
      accountId: true,
      customerAddress: true,
      ourAddress: true,
      number: { select: { messagingServiceSid: true, type: true, sendRatePerSecond: true } },
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
} as const;

/**
 * The send job: waits its turn (an earlier message of the conversation still waiting, the number's
 * send slot), hands a PENDING message to its provider once and records what became of it.
 * `now` and `random` are for tests.
 */
export async function deliverMessage(
  { messageId }: SendJob,
  { now = () => new Date(), random = Math.random }: { now?: () => Date; random?: () => number } = {},
): Promise<void> {
  const message = await db.message.findUnique({ where: { id: messageId }, select: sendSelect });
  if (!message || message.status !== "PENDING" || message.awaitingStatusSince) return;
  const { conversation } = message;
  const later = (startAfter: Date) => queueSend({ messageId, ...conversation, startAfter });
  if (message.sendStartedAt) {
    // A run before this one handed it to the provider and was cut short: it may have been sent.
    await awaitStatus(messageId, conversation.id, { errorCode: "timeout", errorMessage: null }, now());
    return;
  }

  // Conversation order: an earlier message still waiting (backoff, send slot) goes first.
  const start = now();
  const earlier = await db.message.findFirst({
    where: {
      conversationId: conversation.id,
      direction: "OUTBOUND",
      status: "PENDING",
      createdAt: { lt: message.createdAt },
      awaitingStatusSince: null,
      OR: [{ sendAfter: { gt: start } }, { rateSlotAt: { gt: start } }],
    },
    orderBy: { createdAt: "desc" },
    select: { sendAfter: true, rateSlotAt: true },
  });
  if (earlier) return later(latest(earlier.sendAfter, earlier.rateSlotAt, start));
  if (message.sendAfter && message.sendAfter > start) return later(message.sendAfter);
  if (conversation.numberId && conversation.number) {
    if (message.rateSlotAt === null) {
      const slot = await reserveSendSlot({
        numberId: conversation.numberId,
        messagesPerSecond: sendRateOf(conversation.number, conversation.channel),
        nowMs: start.getTime(),
      });
      // Within a few milliseconds it is now; later, the job comes back for its slot without reserving again.
      if (slot - start.getTime() > 20) {
        await db.message.update({ where: { id: messageId }, data: { rateSlotAt: new Date(slot) }, select: { id: true } });
        return later(new Date(slot));
      }
    } else if (message.rateSlotAt > start) return later(message.rateSlotAt);
  }

  const claimed = await db.message.updateMany({
    where: { id: messageId, status: "PENDING", sendStartedAt: null },
    data: { sendStartedAt: now() },
  });
  if (claimed.count === 0) return;
  const outcome = await callProvider(message);
  const { account } = conversation;

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

  const attempt = message.sendAttempts + 1;
  const decision = decideAfterFailure({ kind: outcome.kind, attempt, retryAfterMs: outcome.retryAfterMs, random });
  const failure = { errorCode: outcome.errorCode, errorMessage: outcome.errorMessage?.slice(0, 500) ?? null };
  if (decision.action === "awaitStatus") {
    logger.warn("provider's answer to a send was lost: waiting for its status callback", { messageId, provider: account.provider });
    await awaitStatus(messageId, conversation.id, failure, now());
    return;
  }
  if (decision.action === "retry") {
    const retryAt = new Date(now().getTime() + decision.delayMs);
    logger.info("provider didn't take a message: retrying later", { messageId, errorCode: outcome.errorCode, attempt, retryAt });
    // Nothing reached the provider: the message is PENDING again, with why it waits and until when.
    await db.message.update({
      where: { id: messageId },
      data: { ...failure, sendStartedAt: null, sendAttempts: attempt, sendAfter: retryAt, rateSlotAt: null, statusUpdatedAt: now() },
      select: { id: true },
    });
    publishConversationEvent("message.status", conversation.id, { messageId });
    await later(retryAt);
    return;
  }
  logger.warn("provider refused a message", { messageId, provider: account.provider, errorCode: outcome.errorCode });
  await db.message.update({
    where: { id: message.id },
    data: { status: "FAILED", ...failure, sendAttempts: attempt, sendAfter: null, rateSlotAt: null, statusUpdatedAt: now() },
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

function latest(...dates: (Date | null)[]): Date {
  return new Date(Math.max(...dates.map((date) => date?.getTime() ?? 0)));
}

/** The provider may have the message: it stays PENDING until its status callback (or the bounded wait) settles it. */
async function awaitStatus(
  messageId: string,
  conversationId: string,
  failure: { errorCode: string; errorMessage: string | null },
  now: Date,
) {
  await db.message.updateMany({
    where: { id: messageId, status: "PENDING" },
    data: { ...failure, awaitingStatusSince: now, sendAfter: null, rateSlotAt: null, statusUpdatedAt: now },
  });
  publishConversationEvent("message.status", conversationId, { messageId });
}

// Delivery status callbacks (Twilio MessageStatus, TeleSign delivery reports) move an outbound message
// along queued → sent → delivered / failed, never backwards when callbacks arrive out of order.
import "server-only";
import { db } from "@/lib/db";
import { publishConversationEvent } from "@/lib/live/publish";
import { recordConsent } from "./consent";
import type { StatusUpdate } from "./inbound-parse";
import { mapTelesignStatus, mapTwilioStatus, shouldApplyStatus, statusCallbackTarget, type OutboundStatus } from "./status";

/**
 * "missing" when no message has the SID (yet: the callback may have raced the send); "otherAccount"
 * when it belongs to a message sent through another account than the one whose callback URL got it.
 */
export async function applyStatusUpdate(options: {
  accountId: string;
  provider: "TWILIO" | "TELESIGN";
  update: StatusUpdate;
}): Promise<"applied" | "ignored" | "missing" | "otherAccount"> {
  const { update, provider } = options;
  const next: OutboundStatus | null =
    provider === "TWILIO" ? mapTwilioStatus(update.status) : (mapTelesignStatus(Number(update.status))?.status ?? null);
  if (!next) return "ignored";
  const select = {
    id: true,
    status: true,
    direction: true,
    conversationId: true,
    providerMessageId: true,
    conversation: { select: { accountId: true, numberId: true, customerAddress: true } },
  } as const;
  const message =
    (await db.message.findUnique({
      where: { provider_providerMessageId: { provider, providerMessageId: update.providerMessageId } },
      select,
    })) ??
    // The send's answer was lost (reconcile.ts): the callback names our id; the message has no provider id yet.
    (update.outboundMessageId
      ? await db.message.findFirst({
          where: { id: update.outboundMessageId, provider, providerMessageId: null, direction: "OUTBOUND" },
          select,
        })
      : null);
  if (!message) return "missing";
  if (statusCallbackTarget({ accountId: message.conversation.accountId }, options.accountId) === "otherAccount") return "otherAccount";
  if (message.direction !== "OUTBOUND" || !shouldApplyStatus(message.status as OutboundStatus, next)) return "ignored";
  const reconciled = message.providerMessageId === null;
  await db.message.update({
    where: { id: message.id },
    data: {
      status: next,
      statusUpdatedAt: new Date(),
      // Matched by our id: the provider's id is learnt now, and the wait for it is over.
      ...(reconciled
        ? { providerMessageId: update.providerMessageId, awaitingStatusSince: null, errorCode: null, errorMessage: null }
        : {}),
      // Twilio's "undelivered" and "failed" both read FAILED here; delivery health tells them apart.
      providerStatus: update.status.trim().toLowerCase().slice(0, 40),
      ...(next === "FAILED" ? { errorCode: update.errorCode, errorMessage: update.errorMessage?.slice(0, 500) ?? null } : {}),
    },
    select: { id: true },
  });
  if (next === "FAILED" && update.errorCode === "21610" && message.conversation.numberId) {
    await recordConsent({
      numberId: message.conversation.numberId,
      customerAddress: message.conversation.customerAddress,
      status: "OPTED_OUT",
      source: "twilio21610",
      keyword: null,
    });
  }
  publishConversationEvent("message.status", message.conversationId, { messageId: message.id });
  return "applied";
}

/** A send through the account that may not have stored its provider SID yet (see unknownStatusDecision). */
export async function hasSendInFlight({ accountId, since }: { accountId: string; since: Date }): Promise<boolean> {
  const pending = await db.message.findFirst({
    where: { direction: "OUTBOUND", status: "PENDING", providerMessageId: null, createdAt: { gte: since }, conversation: { accountId } },
    select: { id: true },
  });
  return pending !== null;
}

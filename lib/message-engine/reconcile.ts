// Settling sends whose outcome is unknown (decision 033). A send whose request went out but whose
// answer never came back is not sent again by itself: the provider may have it. Its status callback
// names our message id (the StatusCallback URL's query for Twilio, signed with the URL; the signed
// external_id for TeleSign), so status-update.ts matches it by that id and stores the provider's SID.
// If no callback comes within AWAIT_STATUS_MS, the message fails with "noStatusReport", and the agent
// may resend it deliberately (a confirmed action, never automatic).
import "server-only";
import { db } from "@/lib/db";
import { publishConversationEvent } from "@/lib/live/publish";
import { logger } from "@/lib/logger";
import { OUTBOUND_ID_PARAM } from "./send-provider";
import { AWAIT_STATUS_MS } from "./send-retry";

/** Our message id from a callback request's URL, when it carries a plausible one. */
export function outboundIdFromUrl(requestUrl: string): string | null {
  const value = new URL(requestUrl).searchParams.get(OUTBOUND_ID_PARAM);
  return value && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}

/** Fails the unconfirmed sends whose status callback hasn't come in time; returns how many. */
export async function failUnconfirmedSends(now: Date): Promise<number> {
  const overdue = await db.message.findMany({
    where: { direction: "OUTBOUND", status: "PENDING", awaitingStatusSince: { lt: new Date(now.getTime() - AWAIT_STATUS_MS) } },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, conversationId: true },
  });
  let failed = 0;
  for (const message of overdue) {
    const updated = await db.message.updateMany({
      where: { id: message.id, status: "PENDING", awaitingStatusSince: { not: null } },
      data: { status: "FAILED", errorCode: "noStatusReport", errorMessage: null, statusUpdatedAt: now },
    });
    if (updated.count === 0) continue;
    failed += 1;
    publishConversationEvent("message.status", message.conversationId, { messageId: message.id });
  }
  if (failed > 0) logger.warn("sends with no status report failed", { count: failed });
  return failed;
}

// The one-line publish calls of the message engine and the agent actions: "this conversation changed"
// (or "this agent's presence did"), sent after the change is committed. The audience — the
// conversation's queue and assignee, read here — lets each server send it only to browsers whose user
// may see that conversation (lib/conversations/access.ts). Fire and forget: publishing never fails or
// delays the caller; a lost update costs the browser a refetch (docs/decisions/019-live-updates.md).
import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { notifyForConversationEvent } from "@/lib/conversations/notifications";
import { getLiveTransport, publishLive } from "./bus";
import { newEventId, type ConversationEventType } from "./events";

export function publishConversationEvent(
  type: ConversationEventType,
  conversationId: string,
  // actorId: the user whose action this was (their own take, a transfer), who needs no notification of it.
  options: { messageId?: string; previousAgentId?: string | null; actorId?: string | null } = {},
): void {
  void announce(type, conversationId, options).catch((error: unknown) =>
    logger.warn("live update not published", { type, conversationId, error }),
  );
}

async function announce(
  type: ConversationEventType,
  conversationId: string,
  options: { messageId?: string; previousAgentId?: string | null; actorId?: string | null },
) {
  // On the embedded default with no agent connected there is nobody to tell: skip the read.
  if (!getLiveTransport().mayHaveListeners()) return;
  const conversation = await db.conversation.findUnique({ where: { id: conversationId }, select: { queueId: true, assignedToId: true } });
  if (!conversation) return;
  const agentIds = [...new Set([conversation.assignedToId, options.previousAgentId].filter((id): id is string => Boolean(id)))];
  publishLive({
    id: newEventId(),
    type,
    conversationId,
    ...(options.messageId ? { messageId: options.messageId } : {}),
    audience: { queueId: conversation.queueId, agentIds },
  });
  await notifyForConversationEvent(type, { id: conversationId, ...conversation }, options);
}

/** The agent's own other tabs follow a presence change. */
export function publishPresenceEvent(userId: string, presence: string): void {
  publishLive({ id: newEventId(), type: "presence.changed", userId, presence });
}

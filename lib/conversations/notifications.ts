// Agent notifications (issue #14.3; decision 029): which events tell which agents, sent on the live
// channel as "agent.notification" — the kind and the conversation's id only, like every live event
// (decision 019). The browser asks GET /api/conversations/[id]/notification for the text, through the
// ordinary visibility check (./notification-content.ts), and renders the workstream's template (or the standard text) with it.
//   incomingConversation — a new conversation is assigned to the agent (push) or waits in one of their
//                          queues (pick); also a waiting one the worker assigns later;
//   conversationReopened — as incomingConversation, when the customer's previous conversation on this
//                          number was resolved by the same agent (keep same agent);
//   customerReplied      — the customer wrote in a conversation the agent holds (the browser stays quiet
//                          when that conversation is on screen);
//   transferRequest      — a conversation was transferred to the agent or one of their queues (transfer.ts).
import "server-only";
import { db } from "@/lib/db";
import { publishLive } from "@/lib/live/bus";
import { newEventId, type ConversationEventType } from "@/lib/live/events";
import { logger } from "@/lib/logger";
import type { NotificationEvent } from "@/lib/workstreams/settings/notification-templates";

export function publishAgentNotification(options: {
  kind: NotificationEvent;
  conversationId: string;
  userIds: string[];
  queueId: string | null;
  exceptUserId?: string | null;
}) {
  const userIds = options.userIds.filter((id) => id !== options.exceptUserId);
  if (userIds.length === 0 && !options.queueId) return;
  publishLive({
    id: newEventId(),
    type: "agent.notification",
    kind: options.kind,
    conversationId: options.conversationId,
    recipients: { userIds, queueId: options.queueId, exceptUserId: options.exceptUserId ?? null },
  });
}

/**
 * The notification a conversation event implies, if any (called by lib/live/publish.ts with the
 * conversation it read). `actorId`: who caused it — nobody is told of what they did themselves.
 */
export async function notifyForConversationEvent(
  type: ConversationEventType,
  conversation: { id: string; queueId: string | null; assignedToId: string | null },
  options: { messageId?: string; actorId?: string | null },
) {
  try {
    const assignee = conversation.assignedToId;
    if (type === "conversation.created") {
      const details = await db.conversation.findUnique({
        where: { id: conversation.id },
        select: { numberId: true, customerAddress: true, workstream: { select: { distributionMode: true } } },
      });
      if (!details) return;
      if (assignee) {
        const previous = await db.conversation.findFirst({
          where: {
            numberId: details.numberId,
            customerAddress: details.customerAddress,
            status: "RESOLVED",
            id: { not: conversation.id },
          },
          orderBy: { createdAt: "desc" },
          select: { assignedToId: true },
        });
        const kind = previous?.assignedToId === assignee ? "conversationReopened" : "incomingConversation";
        publishAgentNotification({ kind, conversationId: conversation.id, userIds: [assignee], queueId: null });
      } else if (details.workstream?.distributionMode === "PICK" && conversation.queueId) {
        publishAgentNotification({
          kind: "incomingConversation",
          conversationId: conversation.id,
          userIds: [],
          queueId: conversation.queueId,
        });
      }
      return;
    }
    if (type === "conversation.assigned" && assignee && !options.actorId) {
      // Assigned by the system (a waiting push conversation): an agent's own take or a transfer say so themselves.
      publishAgentNotification({ kind: "incomingConversation", conversationId: conversation.id, userIds: [assignee], queueId: null });
      return;
    }
    if (type === "message.added" && assignee && options.messageId) {
      const message = await db.message.findUnique({ where: { id: options.messageId }, select: { direction: true } });
      if (message?.direction === "INBOUND")
        publishAgentNotification({ kind: "customerReplied", conversationId: conversation.id, userIds: [assignee], queueId: null });
    }
  } catch (error) {
    logger.warn("agent notification not published", { type, conversationId: conversation.id, error });
  }
}

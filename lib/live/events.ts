// What the live channel carries (docs/decisions/019-live-updates.md): that something changed, never
// what — ids, plus the audience the server needs to decide who may hear of it. The browser refetches
// what it may see through the ordinary routes, so no message text, customer number or secret ever
// travels here, and a PostgreSQL NOTIFY payload stays far below its 8,000-byte limit.
import { z } from "zod";
import { NOTIFICATION_EVENTS } from "@/lib/workstreams/settings/notification-templates";

export const CONVERSATION_EVENT_TYPES = [
  "conversation.created",
  "conversation.assigned",
  "conversation.closed",
  "conversation.reopened",
  "message.added",
  "message.status",
  // What the thread shows of a message changed otherwise (an attachment the provider can't deliver).
  "message.updated",
] as const;
export type ConversationEventType = (typeof CONVERSATION_EVENT_TYPES)[number];

const id = z.string().min(1).max(64);

/** Who may hear of a conversation's change: its queue's members and the agents named (assignee, previous assignee). */
export const audienceSchema = z.object({ queueId: id.nullable(), agentIds: z.array(id).max(4) });
export type Audience = z.infer<typeof audienceSchema>;

export const liveEventSchema = z.discriminatedUnion("type", [
  z.object({
    id,
    type: z.enum(CONVERSATION_EVENT_TYPES),
    conversationId: id,
    messageId: id.optional(),
    audience: audienceSchema,
  }),
  z.object({ id, type: z.literal("presence.changed"), userId: id, presence: z.string().max(40) }),
  // An agent notification (lib/conversations/notifications.ts): to the users named and the members of
  // the queue, except the one who caused it. The browser fetches what it says (decision 029).
  z.object({
    id,
    type: z.literal("agent.notification"),
    kind: z.enum(NOTIFICATION_EVENTS),
    conversationId: id,
    recipients: z.object({ userIds: z.array(id).max(4), queueId: id.nullable(), exceptUserId: id.nullable() }),
  }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;
export type ConversationEvent = Extract<LiveEvent, { audience: Audience }>;

/**
 * What a subscriber hears: an event, or "resync" — events may have been missed (the PostgreSQL
 * listening connection was re-established), so whatever is on screen should be fetched again.
 */
export type LiveSignal = LiveEvent | { type: "resync"; id: string };

/** What the browser receives: the event without its audience (parsed there with this schema). */
export const browserLiveEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.enum(CONVERSATION_EVENT_TYPES), conversationId: id, messageId: id.optional() }),
  z.object({ type: z.literal("presence.changed"), presence: z.string() }),
  z.object({ type: z.literal("agent.notification"), kind: z.enum(NOTIFICATION_EVENTS), conversationId: id }),
  z.object({ type: z.literal("resync") }),
]);
export type BrowserLiveEvent = z.infer<typeof browserLiveEventSchema>;

export function toBrowserEvent(signal: LiveSignal): BrowserLiveEvent {
  if (signal.type === "resync") return { type: "resync" };
  if (signal.type === "presence.changed") return { type: signal.type, presence: signal.presence };
  if (signal.type === "agent.notification") return { type: signal.type, kind: signal.kind, conversationId: signal.conversationId };
  return { type: signal.type, conversationId: signal.conversationId, ...(signal.messageId ? { messageId: signal.messageId } : {}) };
}

/** Unique across instances (so the same event has the same id on every one), roughly time-ordered. */
export function newEventId(now = Date.now()): string {
  return `${now.toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}

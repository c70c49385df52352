// What an agent notification says (decision 029): read when the browser heard "agent.notification",
// through the same visibility rule as every conversation read.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { NotificationEvent } from "@/lib/workstreams/settings/notification-templates";
import { parseNotificationTemplates } from "@/lib/workstreams/settings/stored-settings";
import { visibleConversationsWhere } from "./access";
import { displayAddress } from "./conversations";

/**
 * What a notification about this conversation says, for a user who may see it: the workstream's
 * template for `kind` (null = the standard text) and the placeholder values. null when not visible.
 */
export async function findNotificationContent({
  user,
  conversationId,
  kind,
}: {
  user: Pick<SessionUser, "id" | "role">;
  conversationId: string;
  kind: NotificationEvent;
}) {
  const conversation = await db.conversation.findFirst({
    where: { AND: [{ id: conversationId }, visibleConversationsWhere(user)] },
    select: {
      channel: true,
      customerAddress: true,
      queue: { select: { name: true } },
      workstream: { select: { notificationTemplates: true } },
    },
  });
  if (!conversation) return null;
  const template = parseNotificationTemplates(conversation.workstream?.notificationTemplates).find((candidate) => candidate.event === kind);
  return {
    template: template ? { title: template.title, body: template.body } : null,
    values: {
      CustomerNumber: displayAddress(conversation.customerAddress),
      QueueName: conversation.queue?.name ?? "",
      Channel: conversation.channel === "WHATSAPP" ? "WhatsApp" : "SMS",
    },
  };
}

export type NotificationContent = NonNullable<Awaited<ReturnType<typeof findNotificationContent>>>;

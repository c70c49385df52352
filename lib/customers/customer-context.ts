// What the customer panel beside a thread shows: the customer's name, their other conversations on
// any of our numbers (those the viewer may see), and agents' notes on them, newest first.
import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { visibleConversationsWhere } from "@/lib/conversations/access";
import { displayAddress } from "@/lib/conversations/conversations";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/actions/action-error";
import { customerKey } from "./customer-profile";

type Viewer = Pick<SessionUser, "id" | "role">;

export const OTHER_CONVERSATIONS_SHOWN = 10;
export const NOTES_SHOWN = 50;

/** Both spellings a customer's address is stored under ("+1…" for SMS, "whatsapp:+1…"). */
export function addressesOf(key: string): string[] {
  return key.startsWith("+") ? [key, `whatsapp:${key}`] : [key];
}

/** The customer key of a conversation the viewer may see; not found otherwise (ids can't be probed). */
export async function customerOfConversation(user: Viewer, conversationId: string): Promise<string> {
  const conversation = await db.conversation.findFirst({
    where: { AND: [{ id: conversationId }, visibleConversationsWhere(user)] },
    select: { customerAddress: true },
  });
  if (!conversation) throw new ActionError("notFound", "errors.conversation.notFound");
  return customerKey(conversation.customerAddress);
}

export async function findCustomerContext({ user, conversationId }: { user: Viewer; conversationId: string }) {
  const conversation = await db.conversation.findFirst({
    where: { AND: [{ id: conversationId }, visibleConversationsWhere(user)] },
    select: { customerAddress: true },
  });
  if (!conversation) return null;
  const key = customerKey(conversation.customerAddress);
  const [customer, others] = await Promise.all([
    db.customer.findUnique({
      where: { address: key },
      select: {
        name: true,
        nameSource: true,
        notes: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: NOTES_SHOWN,
          select: { id: true, body: true, createdAt: true, updatedAt: true, author: { select: { id: true, name: true } } },
        },
      },
    }),
    db.conversation.findMany({
      where: { AND: [{ customerAddress: { in: addressesOf(key) }, id: { not: conversationId } }, visibleConversationsWhere(user)] },
      orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
      take: OTHER_CONVERSATIONS_SHOWN + 1,
      select: { id: true, channel: true, status: true, ourAddress: true, lastMessageAt: true, lastMessagePreview: true },
    }),
  ]);
  const canEdit = can(user.role, "conversations:handle");
  return {
    conversationId,
    address: displayAddress(key),
    name: customer?.name ?? null,
    nameSource: customer?.nameSource === "agent" ? ("agent" as const) : customer?.name ? ("whatsapp" as const) : null,
    canEdit,
    otherConversations: others.slice(0, OTHER_CONVERSATIONS_SHOWN).map((other) => ({
      id: other.id,
      channel: other.channel,
      status: other.status,
      ourAddress: displayAddress(other.ourAddress),
      lastMessageAt: other.lastMessageAt.toISOString(),
      preview: other.lastMessagePreview,
    })),
    hasMoreOtherConversations: others.length > OTHER_CONVERSATIONS_SHOWN,
    notes: (customer?.notes ?? []).map((note) => ({
      id: note.id,
      body: note.body,
      createdAt: note.createdAt.toISOString(),
      edited: note.updatedAt.getTime() - note.createdAt.getTime() > 1000,
      author: note.author?.name ?? null,
      canEdit: canEdit && note.author?.id === user.id,
      canDelete: canEdit && (note.author?.id === user.id || user.role === "ADMINISTRATOR"),
    })),
  };
}

export type CustomerContext = NonNullable<Awaited<ReturnType<typeof findCustomerContext>>>;
export type CustomerNoteView = CustomerContext["notes"][number];

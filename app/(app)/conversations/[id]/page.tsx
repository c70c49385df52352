import { notFound } from "next/navigation";
import { ConversationScreen } from "@/components/conversations/conversation-screen";
import { requirePermission } from "@/lib/auth/guards";
import { getSessionUser } from "@/lib/auth/session";
import { findConversation, findConversationCustomer } from "@/lib/conversations/conversations";
import { MESSAGES_PAGE_SIZE } from "@/lib/conversations/conversations.schema";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  const user = await getSessionUser();
  return { title: user ? await findConversationCustomer({ user, conversationId: (await params).id }) : null };
}

export default async function ConversationPage({ params }: Params) {
  const user = await requirePermission("conversations:view");
  // Invisible and missing look the same: a 404, so ids can't be probed.
  const detail = await findConversation({ user, conversationId: (await params).id, limit: MESSAGES_PAGE_SIZE, markRead: true });
  if (!detail) notFound();
  return <ConversationScreen key={detail.conversation.id} initialData={detail} />;
}

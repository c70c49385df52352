import { notFound } from "next/navigation";
import { ConversationScreen } from "@/components/conversations/conversation-screen";
import { CustomerPanel } from "@/components/customers/customer-panel";
import { RecordCrumbs } from "@/components/shell/record-crumbs";
import { requirePermission } from "@/lib/auth/guards";
import { getSessionUser } from "@/lib/auth/session";
import { findConversation, findConversationCustomer } from "@/lib/conversations/conversations";
import { MESSAGES_PAGE_SIZE } from "@/lib/conversations/conversations.schema";
import { findCustomerContext } from "@/lib/customers/customer-context";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  const user = await getSessionUser();
  return { title: user ? await findConversationCustomer({ user, conversationId: (await params).id }) : null };
}

export default async function ConversationPage({ params }: Params) {
  const user = await requirePermission("conversations:view");
  const conversationId = (await params).id;
  // Invisible and missing look the same: a 404, so ids can't be probed.
  const [detail, customer] = await Promise.all([
    findConversation({ user, conversationId, limit: MESSAGES_PAGE_SIZE, markRead: true }),
    findCustomerContext({ user, conversationId }),
  ]);
  if (!detail || !customer) notFound();
  // The customer panel: beside the thread on wide screens, a collapsed section above it on narrow ones.
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
      {/* The breadcrumb names the customer: their name when known, else their number. */}
      <RecordCrumbs crumbs={[{ label: customer.name ?? detail.conversation.customer, href: `/conversations/${conversationId}` }]} />
      <div className="flex min-w-0 flex-col gap-6 max-xl:order-2">
        <ConversationScreen key={detail.conversation.id} initialData={detail} />
      </div>
      <div className="min-w-0 max-xl:order-1">
        <CustomerPanel key={detail.conversation.id} context={customer} />
      </div>
    </div>
  );
}

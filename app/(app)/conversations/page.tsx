import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { ConversationFilters } from "@/components/conversations/conversation-filters";
import { ConversationsDashboard } from "@/components/conversations/conversations-dashboard";
import { NotificationMenu } from "@/components/conversations/agent-notifications";
import { PresenceSelect } from "@/components/conversations/presence-select";
import { requirePermission } from "@/lib/auth/guards";
import { takesConversations } from "@/lib/auth/permissions";
import { titled } from "@/lib/i18n/page-title";
import {
  availableViews,
  conversationsPageParamsSchema,
  defaultView,
  encodeListCursor,
  FILTER_KEYS,
  hasFilters,
} from "@/lib/conversations/conversations.schema";
import { findFilterLabels } from "@/lib/conversations/list";
import { getPresence } from "@/lib/conversations/presence";

export const generateMetadata = titled("nav.conversations");

export default async function ConversationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("conversations:view");
  const t = await getTranslations();
  const { view, older, newer, filters } = conversationsPageParamsSchema.parse(await searchParams);
  const views = availableViews(user.role);
  const isSearch = hasFilters(filters);
  const current = isSearch ? null : view && views.includes(view) ? view : defaultView(user.role);
  const isAgent = user.role === "AGENT";
  const [presence, labels] = await Promise.all([
    takesConversations(user.role) ? getPresence({ userId: user.id }) : null,
    findFilterLabels({ queueId: filters.queueId, agentId: filters.agentId }),
  ]);
  // What the list asks /api/conversations for: the valid parameters only, as the URL spells them.
  const params: Record<string, string> = {};
  if (current) params.view = current;
  for (const key of FILTER_KEYS) if (filters[key] !== undefined) params[key] = String(filters[key]);
  if (newer) params.newer = encodeListCursor({ lastMessageAt: newer.at, id: newer.id });
  else if (older) params.older = encodeListCursor({ lastMessageAt: older.at, id: older.id });
  return (
    <>
      <PageHeader
        title={t("nav.conversations")}
        description={t("conversations.description")}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <NotificationMenu />
            {presence ? <PresenceSelect initial={presence} /> : null}
          </div>
        }
      />
      <div className="mb-4">
        <ConversationFilters filters={filters} labels={labels} />
      </div>
      <ConversationsDashboard views={views} view={current} params={params} isAgent={isAgent} />
    </>
  );
}

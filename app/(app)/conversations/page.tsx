import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { ConversationsDashboard } from "@/components/conversations/conversations-dashboard";
import { NotificationMenu } from "@/components/conversations/agent-notifications";
import { PresenceSelect } from "@/components/conversations/presence-select";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";
import { availableViews, conversationsPageParamsSchema, defaultView } from "@/lib/conversations/conversations.schema";
import { getPresence } from "@/lib/conversations/presence";

export const generateMetadata = titled("nav.conversations");

export default async function ConversationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("conversations:view");
  const t = await getTranslations();
  const { view, page } = conversationsPageParamsSchema.parse(await searchParams);
  const views = availableViews(user.role);
  const current = view && views.includes(view) ? view : defaultView(user.role);
  const isAgent = user.role === "AGENT";
  const presence = isAgent ? await getPresence({ userId: user.id }) : null;
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
      <ConversationsDashboard views={views} view={current} page={page} isAgent={isAgent} />
    </>
  );
}

"use client";
// The agent dashboard: a tab of conversations fetched by the browser and refetched when the live
// channel says something changed (polled every few seconds only while it is down), so new customers
// appear without a reload; the previous page stays on screen while the next loads. With a filter set
// (`view` null) the same list shows search results across the user's conversations.
import { CheckCheck, Inbox, MessagesSquare, RefreshCw, SearchX, UserRound } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/common/empty-state";
import { keepPreviousData, useLazyQuery } from "@/components/common/lazy-query";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { ConversationView } from "@/lib/conversations/conversations.constants";
import { ConversationsTable } from "./conversations-table";
import { fetchConversationList, FetchError, shouldRetry } from "./fetchers";
import { ListPagination } from "./list-pagination";
import { LiveStatusNote, usePollingFallback } from "./live-updates";
import { conversationKeys } from "./query-keys";
import { ViewTabs } from "./view-tabs";

const EMPTY_ICONS = { mine: UserRound, queues: Inbox, all: MessagesSquare, resolved: CheckCheck } as const;

/** `params`: the page's URL parameters (view or filters, and a cursor), passed on to /api/conversations. */
type Props = { views: ConversationView[]; view: ConversationView | null; params: Record<string, string>; isAgent: boolean };

export function ConversationsDashboard({ views, view, params, isAgent }: Props) {
  const t = useTranslations();
  const query = useLazyQuery(
    {
      queryKey: conversationKeys.list(params),
      queryFn: () => fetchConversationList(params),
      refetchInterval: usePollingFallback(),
      placeholderData: keepPreviousData,
      retry: shouldRetry,
    },
    { data: undefined },
  );
  const data = query.data;
  // Counts stay on the tabs while another tab loads; rows only show for the tab they belong to.
  const rows = data && data.view === view ? data : null;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ViewTabs views={views} current={view} counts={data?.counts} />
        <LiveStatusNote />
      </div>
      {query.isError && !rows ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : !rows ? (
        <ListSkeleton />
      ) : rows.items.length === 0 && view === null ? (
        <EmptyState
          icon={SearchX}
          title={t("conversations.empty.search.title")}
          description={t("conversations.empty.search.description")}
        />
      ) : rows.items.length === 0 && view !== null ? (
        <EmptyState
          icon={EMPTY_ICONS[view]}
          title={t(`conversations.empty.${view}.title`)}
          description={t(
            view === "queues" && !isAgent ? "conversations.empty.queues.descriptionAll" : `conversations.empty.${view}.description`,
          )}
        />
      ) : (
        <section
          aria-label={view ? t(`conversations.tabs.${view}`) : t("conversations.filters.results")}
          aria-busy={query.isPlaceholderData || undefined}
          className="flex flex-col gap-2"
        >
          {query.isError ? <RefreshFailed onRetry={() => void query.refetch()} /> : null}
          <ConversationsTable items={rows.items} serverTime={rows.serverTime} />
          <ListPagination params={params} newerCursor={rows.newerCursor} olderCursor={rows.olderCursor} />
        </section>
      )}
    </div>
  );
}

function ListSkeleton() {
  const t = useTranslations("conversations.list");
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-2">
      <span className="sr-only">{t("loading")}</span>
      {Array.from({ length: 6 }, (_, index) => (
        <Skeleton key={index} className="h-14 w-full" />
      ))}
    </div>
  );
}

function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useTranslations();
  const signedOut = error instanceof FetchError && error.status === 401;
  return (
    <Alert variant="destructive">
      <AlertDescription className="flex flex-col items-start gap-3">
        <p>{signedOut ? t("errors.unauthenticated") : t("conversations.list.error")}</p>
        {signedOut ? (
          <Button asChild size="sm" variant="outline">
            <Link href="/sign-in">{t("conversations.signInAgain")}</Link>
          </Button>
        ) : (
          <Button type="button" size="sm" variant="outline" onClick={onRetry}>
            <RefreshCw aria-hidden="true" />
            {t("conversations.retry")}
          </Button>
        )}
      </AlertDescription>
    </Alert>
  );
}

/** Polling failed after a successful load: the rows shown may be stale. */
function RefreshFailed({ onRetry }: { onRetry: () => void }) {
  const t = useTranslations("conversations");
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-amber-800">
      {t("list.stale")}
      <Button type="button" size="sm" variant="ghost" onClick={onRetry}>
        <RefreshCw aria-hidden="true" />
        {t("retry")}
      </Button>
    </p>
  );
}

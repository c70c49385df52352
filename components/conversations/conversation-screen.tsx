"use client";
// One conversation, live: the server renders it once, then the browser refetches it whenever the live
// channel says it changed (polling every few seconds only while that is down), so the customer's new
// messages and our delivery statuses appear as they happen.
import { MessageSquareOff, RefreshCw } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { EmptyState } from "@/components/common/empty-state";
import { keepPreviousData, useLazyQuery, useLazyQueryClient } from "@/components/common/lazy-query";
import { Button } from "@/components/ui/button";
import type { ConversationDetail } from "@/lib/conversations/conversations";
import { MAX_MESSAGES_LIMIT, MESSAGES_PAGE_SIZE } from "@/lib/conversations/conversations.constants";
import { ConversationActions } from "./conversation-actions";
import { ConversationHeader } from "./conversation-header";
import { fetchConversation, FetchError, shouldRetry } from "./fetchers";
import { MessageThread } from "./message-thread";
import { LiveStatusNote, usePollingFallback } from "./live-updates";
import { conversationKeys } from "./query-keys";
import { ReplyArea } from "./reply-area";
import { useRefetchAfter } from "./use-server-now";

export function ConversationScreen({ initialData }: { initialData: ConversationDetail }) {
  const t = useTranslations("conversations");
  const id = initialData.conversation.id;
  const queryClient = useLazyQueryClient();
  const [limit, setLimit] = useState(MESSAGES_PAGE_SIZE);
  const [focusComposer, setFocusComposer] = useState(false);
  const query = useLazyQuery(
    {
      queryKey: conversationKeys.thread(id, limit),
      queryFn: () => fetchConversation(id, limit),
      initialData: limit === MESSAGES_PAGE_SIZE ? initialData : undefined,
      // Stale from the start: the query client loads after the first render, possibly after the live
      // channel's "connected" refetch went by, so what changed since the server rendered is asked for once.
      initialDataUpdatedAt: 0,
      placeholderData: keepPreviousData,
      refetchInterval: usePollingFallback(),
      retry: shouldRetry,
    },
    { data: initialData },
  );

  // When the WhatsApp window closes the server offers templates only: ask it then (no event says so).
  const whatsappWindow = (query.data ?? initialData).conversation.window;
  useRefetchAfter(whatsappWindow?.isOpen ? whatsappWindow.remainingMs : null, conversationKeys.detail(id));

  // Opening it marked it read: the dashboard should say so when the agent goes back.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: conversationKeys.lists() });
  }, [queryClient]);

  if (query.error instanceof FetchError && (query.error.status === 404 || query.error.status === 403)) {
    return (
      <EmptyState
        icon={MessageSquareOff}
        title={t("detail.goneTitle")}
        description={t("detail.goneDescription")}
        action={
          <Button asChild variant="outline">
            <Link href="/conversations">{t("detail.backToList")}</Link>
          </Button>
        }
      />
    );
  }
  const detail = query.data ?? initialData;
  return (
    <>
      <ConversationHeader
        detail={detail}
        actions={
          <ConversationActions
            conversationId={id}
            actions={detail.actions}
            surveyOnClose={detail.surveyOnClose}
            onTaken={() => setFocusComposer(true)}
          />
        }
      />
      {query.isError ? (
        <p role="status" className="flex flex-wrap items-center gap-2 text-sm text-amber-800">
          {query.error instanceof FetchError && query.error.status === 401 ? t("detail.signedOut") : t("detail.stale")}
          <Button type="button" size="sm" variant="ghost" onClick={() => void query.refetch()}>
            <RefreshCw aria-hidden="true" />
            {t("retry")}
          </Button>
        </p>
      ) : null}
      <LiveStatusNote className="justify-end" />
      <MessageThread
        conversationId={detail.conversation.id}
        canAct={detail.mode === "freeText" || detail.mode === "templateOnly"}
        customer={detail.conversation.customer}
        provider={detail.conversation.provider}
        messages={detail.messages}
        events={detail.events}
        hasEarlier={detail.hasEarlier && limit < MAX_MESSAGES_LIMIT}
        isLoadingEarlier={query.isPlaceholderData}
        onShowEarlier={() => setLimit((current) => Math.min(current + MESSAGES_PAGE_SIZE, MAX_MESSAGES_LIMIT))}
      />
      <ReplyArea detail={detail} autoFocus={focusComposer} />
    </>
  );
}

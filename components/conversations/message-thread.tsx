"use client";
// The messages, oldest first, in a scrollable log that follows new messages while the reader is at
// the bottom (and leaves them alone while they read further up).
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { ConversationMessage } from "@/lib/conversations/conversations";
import type { ThreadEvent } from "@/lib/conversations/workspace-view";
import { MessageBubble } from "./message-bubble";
import { ThreadEventLine } from "./thread-event-line";

type Props = {
  customer: string;
  provider: string;
  messages: ConversationMessage[];
  /** Transfer lines, placed among the messages by time. */
  events: ThreadEvent[];
  hasEarlier: boolean;
  isLoadingEarlier: boolean;
  onShowEarlier: () => void;
};

// Within this many pixels of the bottom counts as "at the bottom".
const STICK_THRESHOLD = 80;

export function MessageThread({ customer, provider, messages, events, hasEarlier, isLoadingEarlier, onShowEarlier }: Props) {
  const t = useTranslations("conversations.thread");
  const scroller = useRef<HTMLDivElement>(null);
  const isAtBottom = useRef(true);
  const items = [
    ...messages.map((message) => ({ at: message.createdAt, message, event: null })),
    ...events.map((event) => ({ at: event.createdAt, message: null, event })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const lastId = items.at(-1)?.message?.id ?? items.at(-1)?.event?.id;

  // First render: start at the latest message.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, []);

  useEffect(() => {
    const element = scroller.current;
    if (element && isAtBottom.current) element.scrollTop = element.scrollHeight;
  }, [lastId]);

  return (
    <div
      ref={scroller}
      role="log"
      aria-label={t("label", { customer })}
      // Focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
      tabIndex={0}
      onScroll={(event) => {
        const element = event.currentTarget;
        isAtBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_THRESHOLD;
      }}
      className="flex max-h-[60vh] min-h-48 flex-col gap-4 overflow-y-auto rounded-lg border bg-card p-4 outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      {hasEarlier ? (
        <div className="flex justify-center">
          <Button type="button" variant="outline" size="sm" onClick={onShowEarlier} disabled={isLoadingEarlier}>
            {isLoadingEarlier ? t("loadingEarlier") : t("earlier")}
          </Button>
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="m-auto text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {items.map((item) =>
            item.message ? (
              <MessageBubble key={item.message.id} message={item.message} provider={provider} />
            ) : (
              <ThreadEventLine key={item.event.id} event={item.event} />
            ),
          )}
        </ol>
      )}
    </div>
  );
}

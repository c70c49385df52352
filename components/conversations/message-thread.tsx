"use client";
// The messages, oldest first, in a scrollable log that follows new messages while the reader is at
// the bottom (and leaves them alone while they read further up). Event lines (bot hand-offs) sit
// between the messages by time.
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { ConversationMessage, ConversationThreadEvent } from "@/lib/conversations/conversations";
import { MessageBubble } from "./message-bubble";
import { ThreadEventLine } from "./thread-event-line";

type Props = {
  conversationId: string;
  /** The user may send in this conversation now. */
  canAct?: boolean;
  customer: string;
  provider: string;
  messages: ConversationMessage[];
  /** Event lines (bot hand-offs, transfers), placed among the messages by time. */
  events?: ConversationThreadEvent[];
  hasEarlier: boolean;
  isLoadingEarlier: boolean;
  onShowEarlier: () => void;
};

// Within this many pixels of the bottom counts as "at the bottom".
const STICK_THRESHOLD = 80;

export function MessageThread({
  conversationId,
  canAct = false,
  customer,
  provider,
  messages,
  events = [],
  hasEarlier,
  isLoadingEarlier,
  onShowEarlier,
}: Props) {
  const t = useTranslations("conversations.thread");
  const scroller = useRef<HTMLDivElement>(null);
  const isAtBottom = useRef(true);
  const lastId = `${messages.at(-1)?.id}:${events.at(-1)?.id}`;
  const lines = mergeByTime(messages, events);

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
      {lines.length === 0 ? (
        <p className="m-auto text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {lines.map((line) =>
            line.type === "message" ? (
              <MessageBubble key={line.item.id} message={line.item} provider={provider} conversationId={conversationId} canAct={canAct} />
            ) : (
              <ThreadEventLine key={line.item.id} event={line.item} />
            ),
          )}
        </ol>
      )}
    </div>
  );
}

type Line = { type: "message"; item: ConversationMessage } | { type: "event"; item: ConversationThreadEvent };

/** Messages and events in time order; at the same instant the message comes first (what the event answers). */
function mergeByTime(messages: ConversationMessage[], events: ConversationThreadEvent[]): Line[] {
  const lines: Line[] = [];
  let next = 0;
  for (const message of messages) {
    while (next < events.length && events[next]!.createdAt < message.createdAt) lines.push({ type: "event", item: events[next++]! });
    lines.push({ type: "message", item: message });
  }
  while (next < events.length) lines.push({ type: "event", item: events[next++]! });
  return lines;
}

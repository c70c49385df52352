"use client";
// The messages, oldest first, in a scrollable log that follows new messages while the reader is at
// the bottom (and leaves them alone while they read further up).
import { useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { ConversationMessage } from "@/lib/conversations/conversations";
import { MessageBubble } from "./message-bubble";

type Props = {
  customer: string;
  provider: string;
  messages: ConversationMessage[];
  hasEarlier: boolean;
  isLoadingEarlier: boolean;
  onShowEarlier: () => void;
};

// Within this many pixels of the bottom counts as "at the bottom".
const STICK_THRESHOLD = 80;

export function MessageThread({ customer, provider, messages, hasEarlier, isLoadingEarlier, onShowEarlier }: Props) {
  const t = useTranslations("conversations.thread");
  const scroller = useRef<HTMLDivElement>(null);
  const isAtBottom = useRef(true);
  const lastId = messages.at(-1)?.id;

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
      {messages.length === 0 ? (
        <p className="m-auto text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {messages.map((message) => (
            <MessageBubble key={message.id} message={message} provider={provider} />
          ))}
        </ol>
      )}
    </div>
  );
}

"use client";
// A line in the thread that is no message: the bot handed the conversation over, or Switchboard gave up
// on the bot and handed it to the agents (decision 028).
import { Bot } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ConversationThreadEvent } from "@/lib/conversations/conversations";
import { threadEventKey } from "@/lib/bots/thread-events";

export function ThreadEventLine({ event }: { event: ConversationThreadEvent }) {
  const t = useTranslations("conversations.thread.events");
  const format = useFormatter();
  const { detail } = event;
  const text = t(threadEventKey(event), {
    bot: detail.botName ?? t("theBot"),
    queue: detail.queueName ?? t("noQueue"),
    minutes: detail.minutes ?? 0,
    failures: detail.failures ?? 1,
  });
  return (
    <li className="flex flex-col items-center gap-1 text-center text-xs text-muted-foreground">
      <p className="flex max-w-[min(36rem,90%)] items-start gap-1.5 rounded-full border bg-background px-3 py-1">
        <Bot aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
        <span>{text}</span>
      </p>
      <time dateTime={event.createdAt}>{format.dateTime(new Date(event.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
    </li>
  );
}

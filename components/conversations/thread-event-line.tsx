"use client";
// A line in the thread that is not a message: "Ana transferred this conversation to Ben · note".
import { ArrowRightLeft } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ThreadEvent } from "@/lib/conversations/workspace-view";

export function ThreadEventLine({ event }: { event: ThreadEvent }) {
  const t = useTranslations("conversations.thread.events");
  const format = useFormatter();
  const createdAt = new Date(event.createdAt);
  const actor = event.actorName ?? t("someone");
  const text = event.toUserName
    ? event.toQueueName
      ? t("transferredToQueueAgent", { actor, queue: event.toQueueName, agent: event.toUserName })
      : t("transferredToAgent", { actor, agent: event.toUserName })
    : t("transferredToQueue", { actor, queue: event.toQueueName ?? t("unknownQueue") });
  return (
    <li className="flex flex-col items-center gap-1 text-center text-xs text-muted-foreground">
      <p className="flex items-center gap-2">
        <ArrowRightLeft aria-hidden="true" className="size-3.5" />
        <span>{text}</span>
        <time dateTime={event.createdAt}>{format.dateTime(createdAt, { timeStyle: "short" })}</time>
      </p>
      {event.note ? <p className="max-w-prose rounded-md bg-muted px-3 py-1.5 text-foreground">{t("note", { note: event.note })}</p> : null}
    </li>
  );
}

"use client";
// A line in the thread that is no message: "Ana transferred this conversation to Ben · note" (decision
// 029), the bot handed the conversation over, or Switchboard gave up on the bot (decision 028).
import { ArrowRightLeft, Bot } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ConversationThreadEvent } from "@/lib/conversations/conversations";
import { threadEventKey } from "@/lib/bots/thread-event-key";

export function ThreadEventLine({ event }: { event: ConversationThreadEvent }) {
  const format = useFormatter();
  const isTransfer = event.kind === "transfer";
  const Icon = isTransfer ? ArrowRightLeft : Bot;
  return (
    <li className="flex flex-col items-center gap-1 text-center text-xs text-muted-foreground">
      <p className="flex max-w-[min(36rem,90%)] items-start gap-1.5 rounded-full border bg-background px-3 py-1">
        <Icon aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
        <span>{isTransfer ? <TransferText event={event} /> : <BotText event={event} />}</span>
      </p>
      <time dateTime={event.createdAt}>{format.dateTime(new Date(event.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
      {isTransfer && event.note ? <NoteText note={event.note} /> : null}
    </li>
  );
}

function TransferText({ event }: { event: ConversationThreadEvent }) {
  const t = useTranslations("conversations.thread.events");
  const actor = event.actorName ?? t("someone");
  if (!event.toUserName) return t("transferredToQueue", { actor, queue: event.toQueueName ?? t("unknownQueue") });
  return event.toQueueName
    ? t("transferredToQueueAgent", { actor, queue: event.toQueueName, agent: event.toUserName })
    : t("transferredToAgent", { actor, agent: event.toUserName });
}

function BotText({ event }: { event: ConversationThreadEvent }) {
  const t = useTranslations("conversations.thread.events");
  const { detail } = event;
  return t(threadEventKey(event), {
    bot: detail.botName ?? t("theBot"),
    queue: detail.queueName ?? t("noQueue"),
    minutes: detail.minutes ?? 0,
    failures: detail.failures ?? 1,
  });
}

function NoteText({ note }: { note: string }) {
  const t = useTranslations("conversations.thread.events");
  return <p className="max-w-prose rounded-md bg-muted px-3 py-1.5 text-foreground">{t("note", { note })}</p>;
}

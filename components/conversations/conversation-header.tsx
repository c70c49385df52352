"use client";
// Who the conversation is with and where it stands: channel, status, routing, assignee, our number.
import { Ban, Bot } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { ConversationDetail } from "@/lib/conversations/conversations";
import { ChannelBadge } from "./channel-badge";

export function ConversationHeader({ detail, actions }: { detail: ConversationDetail; actions: ReactNode }) {
  const t = useTranslations("conversations.detail");
  const format = useFormatter();
  const { conversation } = detail;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const isOpen = conversation.status === "OPEN";
  return (
    <div className="flex flex-col gap-4 border-b pb-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex flex-col gap-2">
          <h1 className="font-mono text-2xl font-semibold tracking-tight">{conversation.customer}</h1>
          <div className="flex flex-wrap items-center gap-2">
            <ChannelBadge channel={conversation.channel} />
            <Badge variant={isOpen ? "default" : "secondary"}>{t(`statuses.${conversation.status}`)}</Badge>
            {conversation.bot ? (
              <Badge variant="outline">
                <Bot aria-hidden="true" />
                {conversation.bot.name ? t("withBotNamed", { name: conversation.bot.name }) : t("withBot")}
              </Badge>
            ) : null}
            {detail.optedOut ? (
              <Badge variant="outline" className="border-destructive/50 text-destructive">
                <Ban aria-hidden="true" />
                {t("optedOut")}
              </Badge>
            ) : null}
          </div>
        </div>
        {actions}
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <Item label={t("workstream")}>{conversation.workstream?.name ?? <Muted>{t("none")}</Muted>}</Item>
        <Item label={t("queue")}>{conversation.queue?.name ?? <Muted>{t("none")}</Muted>}</Item>
        <Item label={t("assignee")}>
          {conversation.assignee ? (
            conversation.assignee.isMe ? (
              t("you", { name: conversation.assignee.name })
            ) : (
              conversation.assignee.name
            )
          ) : (
            <Muted>{t("unassigned")}</Muted>
          )}
        </Item>
        <Item label={t("ourNumber")}>
          <span className="font-mono">{conversation.ourAddress}</span>
        </Item>
        <Item label={t("started")}>{date(conversation.createdAt)}</Item>
        {conversation.closedAt ? (
          <Item label={t("closedAt")}>
            {date(conversation.closedAt)}
            {conversation.closedReason ? (
              <Muted>
                {" "}
                ·{" "}
                {t.has(`closedReasons.${conversation.closedReason}`)
                  ? t(`closedReasons.${conversation.closedReason}`)
                  : conversation.closedReason}
              </Muted>
            ) : null}
          </Item>
        ) : null}
      </dl>
    </div>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="text-muted-foreground">{label}:</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const Muted = ({ children }: { children: ReactNode }) => <span className="text-muted-foreground">{children}</span>;

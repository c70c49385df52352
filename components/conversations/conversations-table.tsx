"use client";
// One page of a dashboard tab: who wrote, on which channel, where it is routed, who has it, and the
// latest message. Unread rows carry a dot, bold text and an "Unread" label for screen readers.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { isWindowClosingSoon } from "@/lib/conversations/conversation-view";
import type { ConversationListItem } from "@/lib/conversations/list";
import { cn } from "@/lib/utils";
import { ChannelBadge } from "./channel-badge";
import { useWindowText } from "./use-conversation-text";
import { remainingAt, useServerNow } from "./use-server-now";

export function ConversationsTable({ items, serverTime }: { items: ConversationListItem[]; serverTime: string }) {
  const t = useTranslations("conversations.list");
  const format = useFormatter();
  const windowText = useWindowText();
  const now = useServerNow(serverTime);
  return (
    <Table>
      <caption className="sr-only">{t("caption")}</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("customer")}</TableHead>
          <TableHead scope="col">{t("channel")}</TableHead>
          <TableHead scope="col">{t("routing")}</TableHead>
          <TableHead scope="col">{t("assignee")}</TableHead>
          <TableHead scope="col">{t("lastMessage")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => {
          const lastMessageAt = new Date(item.lastMessageAt);
          const windowLeftMs = item.window ? remainingAt(item.window, serverTime, now) : 0;
          return (
            <TableRow key={item.id} className={cn(item.isUnread && "bg-sky-50/60")}>
              <TableCell className={cn("whitespace-nowrap", item.isUnread && "font-semibold")}>
                <span className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className={cn("size-2 shrink-0 rounded-full", item.isUnread ? "bg-sky-600" : "bg-transparent")}
                  />
                  <Link href={`/conversations/${item.id}`} className="font-mono underline-offset-4 hover:underline">
                    {item.customer}
                    {item.isUnread ? <span className="sr-only"> ({t("unread")})</span> : null}
                  </Link>
                </span>
              </TableCell>
              <TableCell>
                <div className="flex flex-col items-start gap-1">
                  <ChannelBadge channel={item.channel} />
                  {item.window ? (
                    <span
                      className={cn(
                        "whitespace-nowrap text-xs",
                        windowLeftMs <= 0
                          ? "text-destructive"
                          : isWindowClosingSoon(windowLeftMs)
                            ? "text-amber-800"
                            : "text-muted-foreground",
                      )}
                    >
                      {windowText(windowLeftMs)}
                    </span>
                  ) : null}
                </div>
              </TableCell>
              <TableCell className="max-w-48 whitespace-normal">
                <span className="block">{item.workstream ?? <span className="text-muted-foreground">{t("noWorkstream")}</span>}</span>
                <span className="block text-muted-foreground">{item.queue ?? t("noQueue")}</span>
              </TableCell>
              <TableCell className="whitespace-nowrap">
                {item.assignee ? (
                  item.assignee.isMe ? (
                    t("you", { name: item.assignee.name })
                  ) : (
                    item.assignee.name
                  )
                ) : (
                  <span className="text-muted-foreground">{t("unassigned")}</span>
                )}
              </TableCell>
              <TableCell className="max-w-80 whitespace-normal">
                <span className={cn("line-clamp-2 break-words", !item.isUnread && "text-muted-foreground")}>
                  {item.preview ?? t("noPreview")}
                </span>
                <time
                  dateTime={item.lastMessageAt}
                  title={format.dateTime(lastMessageAt, { dateStyle: "medium", timeStyle: "short" })}
                  className="text-xs text-muted-foreground"
                >
                  {format.relativeTime(lastMessageAt, now)}
                </time>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

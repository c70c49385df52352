import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateTimeFormatter } from "@/components/common/format";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import type { HeldLogRow } from "@/lib/message-log/list-held-messages";
import { HeldReason } from "./held-reason";
import { AssignNumberButton } from "./assign-number-button";
import { AccountCell, ActionCell, LogTable } from "./log-table";
import { ReplayButton } from "./replay-button";

export async function HeldLogTable({ messages, canReplay }: { messages: HeldLogRow[]; canReplay: boolean }) {
  const t = await getTranslations("messageLog");
  const formatDate = await getDateTimeFormatter();
  return (
    <LogTable
      columns={[t("held.received"), t("account"), t("held.from"), t("held.to"), t("held.message"), t("held.reason"), t("held.status")]}
      actionsLabel={canReplay ? t("actions") : null}
    >
      {messages.map((message) => {
        const received = formatDate(message.receivedAt);
        const isReplayed = message.replayedAt !== null;
        return (
          <TableRow key={message.id}>
            <TableCell className="whitespace-nowrap">{received}</TableCell>
            <AccountCell account={message.account} unknownLabel={t("unknownAccount")} />
            <TableCell className="font-mono text-xs">{message.fromAddress ?? "—"}</TableCell>
            <TableCell className="font-mono text-xs">{message.toAddress ?? "—"}</TableCell>
            <TableCell className="max-w-xs whitespace-normal break-words">
              {message.excerpt ?? <span className="text-muted-foreground">{t("held.noText")}</span>}
            </TableCell>
            <TableCell className="max-w-sm whitespace-normal">
              <HeldReason reason={message.reason} to={message.toAddress} labelOnly={isReplayed} />
            </TableCell>
            <TableCell className="whitespace-normal">
              {isReplayed ? (
                <div className="flex flex-col items-start gap-1">
                  <Badge variant="secondary">{t("held.statuses.replayed")}</Badge>
                  {message.conversationId ? (
                    <Link href={`/conversations/${message.conversationId}`} className="text-xs underline underline-offset-4">
                      {t("held.openConversation")}
                    </Link>
                  ) : null}
                </div>
              ) : (
                <div className="flex flex-col items-start gap-1">
                  <Badge variant="outline">{t("held.statuses.held")}</Badge>
                  {message.replayCount > 0 ? (
                    <span className="text-xs text-muted-foreground">{t("held.replayAttempts", { count: message.replayCount })}</span>
                  ) : null}
                </div>
              )}
            </TableCell>
            {canReplay ? (
              <ActionCell>
                {isReplayed ? null : message.assignableNumbers ? (
                  <AssignNumberButton
                    heldMessageId={message.id}
                    from={message.fromAddress ?? t("unknownSender")}
                    received={received}
                    numbers={message.assignableNumbers}
                    provider={message.provider}
                  />
                ) : (
                  <ReplayButton
                    heldMessageId={message.id}
                    from={message.fromAddress ?? t("unknownSender")}
                    received={received}
                    to={message.toAddress}
                  />
                )}
              </ActionCell>
            ) : null}
          </TableRow>
        );
      })}
    </LogTable>
  );
}

// Callbacks whose processing failed on every attempt: what they say, how often they were tried, the
// last error's name, and Retry for those who may manage accounts.
import { getTranslations } from "next-intl/server";
import { getDateTimeFormatter } from "@/components/common/format";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import type { FailedEventRow } from "@/lib/message-log/list-failed-events";
import { AccountCell, ActionCell, LogTable } from "./log-table";
import { RetryEventButton } from "./retry-event-button";

export async function FailedTable({ events, canRetry }: { events: FailedEventRow[]; canRetry: boolean }) {
  const t = await getTranslations("messageLog");
  const formatDate = await getDateTimeFormatter();
  return (
    <LogTable
      columns={[
        t("failed.received"),
        t("account"),
        t("failed.kind"),
        t("failed.from"),
        t("failed.to"),
        t("failed.content"),
        t("failed.error"),
      ]}
      actionsLabel={canRetry ? t("actions") : null}
    >
      {events.map((event) => {
        const received = formatDate(event.receivedAt);
        return (
          <TableRow key={event.id}>
            <TableCell className="whitespace-nowrap">{received}</TableCell>
            <AccountCell account={event.account} unknownLabel={t("unknownAccount")} />
            <TableCell>
              <Badge variant="outline">{t(`failed.kinds.${event.kind}`)}</Badge>
            </TableCell>
            <TableCell className="font-mono text-xs">{event.from ?? "—"}</TableCell>
            <TableCell className="font-mono text-xs">{event.to ?? "—"}</TableCell>
            <TableCell className="max-w-xs whitespace-normal break-words">
              {event.text ??
                (event.status ? t("failed.statusCode", { status: event.status }) : <span className="text-muted-foreground">—</span>)}
            </TableCell>
            <TableCell className="whitespace-normal">
              <div className="flex flex-col items-start gap-1">
                <span className="font-mono text-xs">{event.lastError ?? "—"}</span>
                <span className="text-xs text-muted-foreground">
                  {t("failed.attempts", { count: event.attempts })}
                  {event.failedAt ? ` · ${formatDate(event.failedAt)}` : ""}
                </span>
              </div>
            </TableCell>
            {canRetry ? (
              <ActionCell>
                <RetryEventButton eventId={event.id} from={event.from ?? t("unknownSender")} received={received} />
              </ActionCell>
            ) : null}
          </TableRow>
        );
      })}
    </LogTable>
  );
}

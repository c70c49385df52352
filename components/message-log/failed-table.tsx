// Callbacks whose processing failed on every attempt: what they say, how often they were tried, the
// last error's name, and Retry for those who may manage accounts.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateTimeFormatter } from "@/components/common/format";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FailedEventRow } from "@/lib/message-log/list-failed-events";
import { RetryEventButton } from "./retry-event-button";

export async function FailedTable({ events, canRetry }: { events: FailedEventRow[]; canRetry: boolean }) {
  const t = await getTranslations("messageLog");
  const formatDate = await getDateTimeFormatter();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("failed.received")}</TableHead>
          <TableHead scope="col">{t("account")}</TableHead>
          <TableHead scope="col">{t("failed.kind")}</TableHead>
          <TableHead scope="col">{t("failed.from")}</TableHead>
          <TableHead scope="col">{t("failed.to")}</TableHead>
          <TableHead scope="col">{t("failed.content")}</TableHead>
          <TableHead scope="col">{t("failed.error")}</TableHead>
          {canRetry ? (
            <TableHead scope="col">
              <span className="sr-only">{t("actions")}</span>
            </TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((event) => {
          const received = formatDate(event.receivedAt);
          return (
            <TableRow key={event.id}>
              <TableCell className="whitespace-nowrap">{received}</TableCell>
              <TableCell>
                {event.account ? (
                  <Link href={`/channels/accounts/${event.account.id}`} className="underline-offset-4 hover:underline">
                    {event.account.name}
                  </Link>
                ) : (
                  <span className="text-muted-foreground">{t("unknownAccount")}</span>
                )}
              </TableCell>
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
                <TableCell className="text-right">
                  <RetryEventButton eventId={event.id} from={event.from ?? t("unknownSender")} received={received} />
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

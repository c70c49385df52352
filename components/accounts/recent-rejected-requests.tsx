// The latest refused (or Monitor-accepted) callback requests of one account; the rest are in the Message log.
import { getTranslations } from "next-intl/server";
import { getDateTimeFormatter } from "@/components/common/format";
import { FailureReason, OutcomeBadge } from "@/components/message-log/failure-badges";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RecentWebhookFailure } from "@/lib/message-log/list-webhook-failures";

export async function RecentRejectedRequests({ failures }: { failures: RecentWebhookFailure[] }) {
  const t = await getTranslations("messageLog.rejected");
  const formatDate = await getDateTimeFormatter();
  if (failures.length === 0) return <p className="text-sm text-muted-foreground">{t("accountEmpty")}</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("lastSeen")}</TableHead>
          <TableHead scope="col" className="text-right">
            {t("count")}
          </TableHead>
          <TableHead scope="col">{t("outcome")}</TableHead>
          <TableHead scope="col">{t("reason")}</TableHead>
          <TableHead scope="col">{t("remoteAddress")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {failures.map((failure) => (
          <TableRow key={failure.id}>
            <TableCell className="whitespace-nowrap">{formatDate(failure.lastSeenAt)}</TableCell>
            <TableCell className="text-right tabular-nums">{failure.count}</TableCell>
            <TableCell>
              <OutcomeBadge outcome={failure.outcome} />
            </TableCell>
            <TableCell className="max-w-md whitespace-normal">
              <FailureReason reason={failure.reason} provider={failure.provider} />
            </TableCell>
            <TableCell className="font-mono text-xs">{failure.remoteAddress ?? "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

import { getTranslations } from "next-intl/server";
import { getDateTimeFormatter } from "@/components/common/format";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { WebhookFailureRow } from "@/lib/message-log/list-webhook-failures";
import { FailureReason, OutcomeBadge } from "./failure-badges";
import { AccountCell } from "./log-table";

export async function RejectedTable({ failures }: { failures: WebhookFailureRow[] }) {
  const t = await getTranslations();
  const formatDate = await getDateTimeFormatter();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("messageLog.rejected.lastSeen")}</TableHead>
          <TableHead scope="col" className="text-right">
            {t("messageLog.rejected.count")}
          </TableHead>
          <TableHead scope="col">{t("accounts.provider")}</TableHead>
          <TableHead scope="col">{t("messageLog.account")}</TableHead>
          <TableHead scope="col">{t("messageLog.rejected.outcome")}</TableHead>
          <TableHead scope="col">{t("messageLog.rejected.reason")}</TableHead>
          <TableHead scope="col">{t("messageLog.rejected.path")}</TableHead>
          <TableHead scope="col">{t("messageLog.rejected.remoteAddress")}</TableHead>
          <TableHead scope="col">{t("messageLog.rejected.body")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {failures.map((failure) => (
          <TableRow key={failure.id} className="align-top">
            <TableCell className="whitespace-nowrap">
              {formatDate(failure.lastSeenAt)}
              {failure.count > 1 ? (
                <span className="block text-xs text-muted-foreground">
                  {t("messageLog.rejected.firstSeen", { time: formatDate(failure.createdAt) })}
                </span>
              ) : null}
            </TableCell>
            <TableCell className="text-right tabular-nums">{failure.count}</TableCell>
            <TableCell>{t(`accounts.providers.${failure.provider}`)}</TableCell>
            <AccountCell account={failure.account} unknownLabel={t("messageLog.unknownAccount")} />
            <TableCell>
              <OutcomeBadge outcome={failure.outcome} />
            </TableCell>
            <TableCell className="max-w-sm whitespace-normal">
              <FailureReason reason={failure.reason} provider={failure.provider} />
            </TableCell>
            <TableCell className="max-w-48 font-mono text-xs whitespace-normal break-all">{failure.path}</TableCell>
            <TableCell className="whitespace-normal">
              <span className="font-mono text-xs">{failure.remoteAddress ?? "—"}</span>
              {failure.userAgent ? (
                <span className="block max-w-48 truncate text-xs text-muted-foreground" title={failure.userAgent}>
                  {failure.userAgent}
                </span>
              ) : null}
            </TableCell>
            <TableCell className="max-w-xs whitespace-normal">
              {failure.bodyExcerpt ? (
                <details>
                  <summary className="cursor-pointer text-sm underline-offset-4 hover:underline">
                    {t("messageLog.rejected.showBody")}
                  </summary>
                  <pre className="mt-2 max-h-60 overflow-auto rounded-md bg-muted p-2 text-xs whitespace-pre-wrap break-all">
                    {failure.bodyExcerpt}
                  </pre>
                </details>
              ) : (
                <span className="text-muted-foreground">—</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

// The dashboard's list: numbers or accounts, most problems first, each with the figures that make them.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RankedHealthRow } from "@/lib/delivery-health/health";
import type { HealthPeriod } from "@/lib/delivery-health/period";

export async function RankingTable({ rows, period, now }: { rows: RankedHealthRow[]; period: HealthPeriod; now: Date }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const href = (row: RankedHealthRow) =>
    row.kind === "number" ? `/channels/numbers/${row.id}?period=${period}` : `/channels/accounts/${row.id}?period=${period}#health`;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t(`deliveryHealth.ranking.${rows[0]?.kind === "account" ? "account" : "number"}`)}</TableHead>
          <TableHead scope="col" className="text-right">
            {t("deliveryHealth.ranking.problems")}
          </TableHead>
          <TableHead scope="col" className="text-right">
            {t("deliveryHealth.figures.sent")}
          </TableHead>
          <TableHead scope="col" className="text-right">
            {t("deliveryHealth.figures.delivered")}
          </TableHead>
          <TableHead scope="col" className="text-right">
            {t("deliveryHealth.ranking.failedUndelivered")}
          </TableHead>
          <TableHead scope="col">{t("deliveryHealth.ranking.topError")}</TableHead>
          <TableHead scope="col" className="text-right">
            {t("deliveryHealth.ranking.optOuts")}
          </TableHead>
          <TableHead scope="col" className="text-right">
            {t("deliveryHealth.ranking.waitingQueued")}
          </TableHead>
          <TableHead scope="col">{t("deliveryHealth.figures.lastInbound")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableHead scope="row" className="font-normal">
              <Link href={href(row)} className="font-medium underline-offset-4 hover:underline">
                {row.label}
              </Link>
              <span className="block text-xs text-muted-foreground">
                {row.kind === "number" ? `${row.accountName} · ` : ""}
                {t(`accounts.channels.${row.channel}`)} · {t(`accounts.providers.${row.provider}`)}
              </span>
            </TableHead>
            <TableCell className="text-right">
              {row.problems > 0 ? (
                <Badge variant="destructive">{format.number(row.problems)}</Badge>
              ) : (
                <span className="text-muted-foreground">{t("deliveryHealth.ranking.none")}</span>
              )}
            </TableCell>
            <TableCell className="text-right tabular-nums">{format.number(row.sent)}</TableCell>
            <TableCell className="text-right tabular-nums">{format.number(row.outcomes.delivered)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {format.number(row.outcomes.failed)} / {format.number(row.outcomes.undelivered)}
            </TableCell>
            <TableCell>
              {row.topError ? (
                <span className="font-mono">
                  {row.topError.code ?? t("deliveryHealth.errors.noCode")} × {format.number(row.topError.count)}
                </span>
              ) : (
                "—"
              )}
            </TableCell>
            <TableCell className="text-right tabular-nums">{format.number(row.optOuts)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {format.number(row.waiting)} / {format.number(row.queuedOutbound)}
            </TableCell>
            <TableCell>{row.lastInboundAt ? format.relativeTime(row.lastInboundAt, now) : t("deliveryHealth.figures.never")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

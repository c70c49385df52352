import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { OperatingHoursListItem } from "@/lib/workstreams/operating-hours/list-operating-hours";
import { weeklySummaryLines } from "./format";

export async function OperatingHoursTable({ items }: { items: OperatingHoursListItem[] }) {
  const t = await getTranslations("operatingHours");
  const locale = await getLocale();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("name")}</TableHead>
          <TableHead scope="col">{t("timeZone.label")}</TableHead>
          <TableHead scope="col">{t("list.weekly")}</TableHead>
          <TableHead scope="col" className="text-right">
            {t("list.exceptions")}
          </TableHead>
          <TableHead scope="col">{t("list.usedBy")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => {
          const lines = weeklySummaryLines(item.hours.weekly, locale, (from, to) => t("list.dayRange", { from, to }));
          const isUsed = item.queueCount > 0 || item.channelInstanceCount > 0;
          return (
            <TableRow key={item.id}>
              <TableCell className="font-medium">
                <Link href={`/operating-hours/${item.id}`} className="underline-offset-4 hover:underline">
                  {item.name}
                </Link>
              </TableCell>
              <TableCell className="font-mono text-xs">{item.hours.timeZone}</TableCell>
              <TableCell className="whitespace-normal">
                {lines.length === 0 ? (
                  <span className="text-muted-foreground">{t("list.closedAllWeek")}</span>
                ) : (
                  <ul className="tabular-nums">
                    {lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </TableCell>
              <TableCell className="text-right tabular-nums">{item.exceptionCount}</TableCell>
              <TableCell className="whitespace-normal">
                {isUsed ? (
                  <ul>
                    {item.queueCount > 0 ? <li>{t("list.queues", { count: item.queueCount })}</li> : null}
                    {item.channelInstanceCount > 0 ? <li>{t("list.channelInstances", { count: item.channelInstanceCount })}</li> : null}
                  </ul>
                ) : (
                  <span className="text-muted-foreground">{t("list.notUsed")}</span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

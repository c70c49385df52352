// Outbound messages per hour or day as stacked bars, with the same figures as a table for anyone who
// would rather read them (and for screen readers: the chart is a picture of this table).
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { OUTCOMES, type OutcomeCounts } from "@/lib/delivery-health/figures";
import type { HealthPeriod } from "@/lib/delivery-health/period";
import { outcomeBars, outcomeLabels } from "./chart-labels";
import { LazyOutcomeBarsChart } from "./lazy-charts";

export async function OutcomeChart({
  id,
  period,
  buckets,
}: {
  id: string;
  period: HealthPeriod;
  buckets: { start: Date; counts: OutcomeCounts }[];
}) {
  const t = await getTranslations("deliveryHealth");
  const [bars, labels] = await Promise.all([outcomeBars(period, buckets), outcomeLabels()]);
  const title = t(period === "24h" ? "chart.hourlyTitle" : "chart.dailyTitle");
  return (
    <figure aria-labelledby={`${id}-caption`} className="flex flex-col gap-2">
      <figcaption id={`${id}-caption`} className="text-sm font-medium">
        {title}
      </figcaption>
      <LazyOutcomeBarsChart data={bars} labels={labels} />
      <details className="text-sm">
        <summary className="cursor-pointer rounded-sm text-muted-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring">
          {t("chart.asTable")}
        </summary>
        <Table className="mt-2">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t(period === "24h" ? "chart.hour" : "chart.day")}</TableHead>
              {OUTCOMES.map((outcome) => (
                <TableHead key={outcome} scope="col" className="text-right">
                  {labels[outcome]}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {bars.map((bar, index) => (
              <TableRow key={index}>
                <TableHead scope="row" className="font-normal">
                  {bar.label}
                </TableHead>
                {OUTCOMES.map((outcome) => (
                  <TableCell key={outcome} className="text-right tabular-nums">
                    {bar[outcome]}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </figure>
  );
}

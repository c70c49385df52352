// Server-side formatting for the charts: bar labels in the viewer's language and time zone, series names.
import { getFormatter, getTranslations } from "next-intl/server";
import { OUTCOMES, type OutcomeCounts } from "@/lib/delivery-health/figures";
import type { HealthPeriod } from "@/lib/delivery-health/period";
import type { OutcomeBar } from "./delivery-charts";

export async function outcomeBars(period: HealthPeriod, buckets: { start: Date; counts: OutcomeCounts }[]): Promise<OutcomeBar[]> {
  const format = await getFormatter();
  const label = (start: Date) =>
    period === "24h"
      ? format.dateTime(start, { hour: "2-digit", minute: "2-digit" })
      : format.dateTime(start, { weekday: "short", day: "numeric" });
  return buckets.map((bucket) => ({ label: label(bucket.start), ...bucket.counts }));
}

export async function outcomeLabels(): Promise<Record<(typeof OUTCOMES)[number], string>> {
  const t = await getTranslations("deliveryHealth.outcomes");
  return Object.fromEntries(OUTCOMES.map((outcome) => [outcome, t(outcome)])) as Record<(typeof OUTCOMES)[number], string>;
}

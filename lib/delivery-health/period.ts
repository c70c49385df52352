// The period a delivery-health view covers and how its chart is cut: the last 24 hours in hours, or
// the last 7 calendar days (today included) in the viewer's time zone. Pure: the page and the tests share it.
import { localDateTimeToInstant } from "@/lib/workstreams/operating-hours/evaluate";

export const HEALTH_PERIODS = ["24h", "7d"] as const;
export type HealthPeriod = (typeof HEALTH_PERIODS)[number];

/** The URL's `period`: anything else reads as the default (24 hours). */
export function readHealthPeriod(value: unknown): HealthPeriod {
  return value === "7d" ? "7d" : "24h";
}

export type HealthWindow = {
  period: HealthPeriod;
  since: Date;
  until: Date;
  /** The chart's bars, oldest first; together they cover [since, until). */
  buckets: { start: Date; end: Date }[];
};

const HOUR = 3_600_000;

function localDate(timeZone: string, ms: number): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(ms));
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 24 * HOUR).toISOString().slice(0, 10);
}

export function healthWindow(period: HealthPeriod, now: Date, timeZone: string): HealthWindow {
  const until = now.getTime();
  if (period === "24h") {
    const since = until - 24 * HOUR;
    // Bars on whole hours: a partial first and last hour.
    const edges = [since];
    for (let edge = Math.floor(since / HOUR) * HOUR + HOUR; edge < until; edge += HOUR) edges.push(edge);
    edges.push(until);
    return { period, since: new Date(since), until: now, buckets: toBuckets(edges) };
  }
  const today = localDate(timeZone, until);
  const days = Array.from({ length: 7 }, (_, i) => addDays(today, i - 6));
  const edges = days.map((day) => localDateTimeToInstant(timeZone, day, "00:00").getTime());
  edges.push(until);
  return { period, since: new Date(edges[0]!), until: now, buckets: toBuckets(edges) };
}

function toBuckets(edges: number[]): { start: Date; end: Date }[] {
  return edges.slice(0, -1).map((start, i) => ({ start: new Date(start), end: new Date(edges[i + 1]!) }));
}

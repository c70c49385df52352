// Locale-aware words for schedules, usable on the server and in the browser (no hooks).
import { summarizeWeek, formatInterval } from "@/lib/workstreams/operating-hours/weekly-summary";
import type { OperatingHours, Weekday } from "@/lib/workstreams/operating-hours/evaluate";

const A_SUNDAY = Date.UTC(2024, 0, 7);
const DAY = 86_400_000;

export function weekdayName(locale: string, weekday: Weekday, width: "long" | "short" = "long"): string {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: "UTC" }).format(new Date(A_SUNDAY + weekday * DAY));
}

/** A local calendar date ("2026-12-25") as the user reads dates, without any time-zone shift. */
export function formatLocalDate(locale: string, date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { weekday: "short", year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
    parsed,
  );
}

/** One line per group of days: "Mon–Fri 09:00–17:00". `dayRange` joins two day names in the user's language. */
export function weeklySummaryLines(
  weekly: OperatingHours["weekly"],
  locale: string,
  dayRange: (from: string, to: string) => string,
): string[] {
  return summarizeWeek(weekly).map((group) => {
    const first = weekdayName(locale, group.first, "short");
    const days = group.first === group.last ? first : dayRange(first, weekdayName(locale, group.last, "short"));
    return `${days} ${group.intervals.map(formatInterval).join(", ")}`;
  });
}

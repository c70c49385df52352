// A compact reading of a weekly schedule ("Mon–Fri 09:00–17:00"): consecutive days with the same
// intervals form one group, the week starting on Monday. Words (day names) are left to the caller.
import type { Interval, OperatingHours, Weekday } from "@/lib/workstreams/operating-hours/evaluate";

export type WeeklyGroup = { first: Weekday; last: Weekday; intervals: Interval[] };

export const WEEK_FROM_MONDAY: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

export function formatInterval(interval: Interval): string {
  return `${interval.start}–${interval.end}`;
}

/** An interval whose end is not after its start runs past midnight. */
export function isOvernight(interval: Interval): boolean {
  return interval.end !== "24:00" && interval.end <= interval.start;
}

export function sortIntervals(intervals: readonly Interval[]): Interval[] {
  return [...intervals].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

/** Open days only, Monday first; a closed day ends a group. */
export function summarizeWeek(weekly: OperatingHours["weekly"]): WeeklyGroup[] {
  const groups: WeeklyGroup[] = [];
  let previousKey: string | null = null;
  for (const day of WEEK_FROM_MONDAY) {
    const intervals = sortIntervals(weekly[day] ?? []);
    const key = intervals.map(formatInterval).join(",");
    const current = groups.at(-1);
    if (intervals.length > 0 && current && key === previousKey) current.last = day;
    else if (intervals.length > 0) groups.push({ first: day, last: day, intervals });
    previousKey = intervals.length > 0 ? key : null;
  }
  return groups;
}

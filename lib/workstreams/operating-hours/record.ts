// Between the stored record (JSON columns), the domain type and the editor's values. Pure, so the
// editor and the server normalize a schedule the same way.
import type { Exception, Interval, OperatingHours, Weekday } from "@/lib/workstreams/operating-hours/evaluate";
import { DAY_KEYS, EXCEPTION_KINDS } from "./operating-hours.constants";
import type { OperatingHoursFormInput } from "./operating-hours.schema";
import { formatInterval, sortIntervals, summarizeWeek } from "./weekly-summary";

const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

type StoredHours = { timeZone: string; weekly: string; exceptions: string };

const isInterval = (value: unknown): value is Interval =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Interval).start === "string" &&
  typeof (value as Interval).end === "string";

const isException = (value: unknown): value is Exception =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Exception).date === "string" &&
  EXCEPTION_KINDS.includes((value as Exception).kind);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The stored JSON read leniently: a malformed part reads as empty rather than breaking the page. */
export function parseStoredHours(row: StoredHours): OperatingHours {
  const weekly = parseJson(row.weekly) as Record<string, unknown> | null;
  const exceptions = parseJson(row.exceptions);
  return {
    timeZone: row.timeZone,
    weekly: Object.fromEntries(
      WEEKDAYS.map((day) => {
        const intervals = weekly && typeof weekly === "object" ? weekly[String(day)] : null;
        return [day, Array.isArray(intervals) ? intervals.filter(isInterval) : []];
      }),
    ) as OperatingHours["weekly"],
    exceptions: Array.isArray(exceptions)
      ? exceptions.filter(isException).map((item) => ({
          date: item.date,
          kind: item.kind,
          reason: typeof item.reason === "string" ? item.reason : "",
          ...(item.kind === "open" ? { intervals: (item.intervals ?? []).filter(isInterval) } : {}),
        }))
      : [],
  };
}

/** Intervals by start, exceptions by date, trimmed reasons, intervals only on special-hours days. */
export function normalizeHours(hours: OperatingHours): OperatingHours {
  return {
    timeZone: hours.timeZone,
    weekly: Object.fromEntries(
      WEEKDAYS.map((day) => [day, sortIntervals(hours.weekly[day] ?? []).map(({ start, end }) => ({ start, end }))]),
    ) as OperatingHours["weekly"],
    exceptions: [...hours.exceptions]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(({ date, kind, reason, intervals }) => ({
        date,
        kind,
        reason: reason.trim(),
        ...(kind === "open" ? { intervals: sortIntervals(intervals ?? []).map(({ start, end }) => ({ start, end })) } : {}),
      })),
  };
}

export function toStoredColumns(hours: OperatingHours): { timeZone: string; weekly: string; exceptions: string } {
  const normalized = normalizeHours(hours);
  return { timeZone: normalized.timeZone, weekly: JSON.stringify(normalized.weekly), exceptions: JSON.stringify(normalized.exceptions) };
}

/** The editor's values: string day keys, and an intervals array on every exception (for useFieldArray). */
export function toFormValues(record: { id?: string; name: string; hours: OperatingHours }): OperatingHoursFormInput {
  const hours = normalizeHours(record.hours);
  return {
    ...(record.id ? { id: record.id } : {}),
    name: record.name,
    timeZone: hours.timeZone,
    weekly: Object.fromEntries(
      DAY_KEYS.map((key) => [key, hours.weekly[Number(key) as Weekday].map((interval) => ({ ...interval }))]),
    ) as OperatingHoursFormInput["weekly"],
    exceptions: hours.exceptions.map((exception) => ({
      ...exception,
      intervals: (exception.intervals ?? []).map((interval) => ({ ...interval })),
    })),
  };
}

/** The domain value of validated editor values. */
export function fromFormValues(values: Pick<OperatingHoursFormInput, "timeZone" | "weekly" | "exceptions">): OperatingHours {
  return normalizeHours({
    timeZone: values.timeZone,
    weekly: Object.fromEntries(DAY_KEYS.map((key) => [Number(key), values.weekly[key]])) as OperatingHours["weekly"],
    exceptions: values.exceptions,
  });
}

// The audit log stores data, not UI text: fixed English day abbreviations, like the ISO dates beside them.
const AUDIT_DAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/** A readable, stable description for audit details and diffs. */
export function describeForAudit(hours: OperatingHours): { timeZone: string; weekly: string; exceptions: string } {
  const groups = summarizeWeek(hours.weekly).map(
    (group) =>
      `${AUDIT_DAY[group.first]}${group.first === group.last ? "" : `–${AUDIT_DAY[group.last]}`} ${group.intervals.map(formatInterval).join(", ")}`,
  );
  const exceptions = normalizeHours(hours).exceptions.map(
    (exception) =>
      `${exception.date} ${exception.kind}${exception.kind === "open" ? ` ${(exception.intervals ?? []).map(formatInterval).join(", ")}` : ""} (${exception.reason})`,
  );
  return { timeZone: hours.timeZone, weekly: groups.join("; ") || "closed", exceptions: exceptions.join("; ") || "none" };
}

/** A new record: closed every day until the admin adds intervals; the editor then picks the browser's zone. */
export function newFormValues(): OperatingHoursFormInput {
  return toFormValues({
    name: "",
    hours: { timeZone: "UTC", weekly: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] }, exceptions: [] },
  });
}

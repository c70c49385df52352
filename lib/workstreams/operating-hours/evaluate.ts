// Operating hours (SPEC §6 "done right"): several intervals a day, overnight intervals, holidays,
// closures and special-hours days, all read as wall-clock time in the record's IANA time zone, so a
// DST change moves the instants but never the "09:00–17:00" the admin typed.
import type { AutomatedMessageTrigger } from "@/lib/workstreams/automated-messages/message-text";

/** Day of the week, 0 = Sunday … 6 = Saturday (the numbering of Date#getDay). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** Local "HH:MM". `end` ≤ `start` crosses midnight (22:00–06:00 closes at 06:00 the next day); `end` may be "24:00". */
export type Interval = { start: string; end: string };
/**
 * A dated override, `date` being a local date in the record's zone. "holiday"/"closure": closed
 * 00:00–24:00 that date. "open": `intervals` replace the weekly intervals that start that date.
 */
export type Exception = { date: string; kind: "holiday" | "closure" | "open"; reason: string; intervals?: Interval[] };
export type OperatingHours = { timeZone: string; weekly: Record<Weekday, Interval[]>; exceptions: Exception[] };

export type OpenRule = { kind: "weekly"; weekday: Weekday; interval: Interval } | { kind: "exception"; date: string; interval: Interval };
export type ClosedRule = { kind: "holiday" | "closure"; date: string; reason: string } | { kind: "outsideHours"; weekday: Weekday };
export type OperatingHoursStatus = { status: "open"; rule: OpenRule } | { status: "closed"; rule: ClosedRule; nextOpen: Date | null };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const NEXT_OPEN_HORIZON_DAYS = 14;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Open or closed at `instant`, and why. Decisions (docs in the types above):
 * - an overnight interval keeps the channel open after midnight, also when it comes from an "open"
 *   exception on the previous date; it reports the rule of the day it started on;
 * - a holiday/closure closes its whole local date, including the tail of the previous day's
 *   overnight interval (the common contact-center rule: "closed on the 25th" means all of the 25th);
 * - an "open" exception only replaces intervals starting on its date, so the previous night's tail stays.
 * Throws RangeError for a time zone Intl doesn't know (validate with operatingHoursSchema first).
 */
export function evaluateOperatingHours(hours: OperatingHours, instant: Date): OperatingHoursStatus {
  const status = statusAt(hours, instant.getTime());
  return status.status === "open" ? status : { ...status, nextOpen: findNextOpen(hours, instant.getTime()) };
}

function statusAt(hours: OperatingHours, ms: number): { status: "open"; rule: OpenRule } | { status: "closed"; rule: ClosedRule } {
  const local = toLocal(hours.timeZone, ms);
  const exception = hours.exceptions.find((candidate) => candidate.date === local.date);
  if (exception && exception.kind !== "open") {
    return { status: "closed", rule: { kind: exception.kind, date: local.date, reason: exception.reason } };
  }
  // The previous day's tail first: it is the interval that has been running since before midnight.
  for (const { interval, rule } of openingsOn(hours, addDays(local.date, -1))) {
    if (isOvernight(interval) && local.minutes < toMinutes(interval.end)) return { status: "open", rule };
  }
  for (const { interval, rule } of openingsOn(hours, local.date)) {
    if (local.minutes >= toMinutes(interval.start) && local.minutes < sameDayEnd(interval)) return { status: "open", rule };
  }
  return { status: "closed", rule: { kind: "outsideHours", weekday: weekdayOf(local.date) } };
}

/** The intervals that start on a local date, each with the rule that explains it. */
function openingsOn(hours: OperatingHours, date: string): { interval: Interval; rule: OpenRule }[] {
  const exception = hours.exceptions.find((candidate) => candidate.date === date);
  if (exception?.kind === "open") {
    return (exception.intervals ?? []).map((interval) => ({ interval, rule: { kind: "exception", date, interval } }));
  }
  if (exception) return [];
  const weekday = weekdayOf(date);
  return (hours.weekly[weekday] ?? []).map((interval) => ({ interval, rule: { kind: "weekly", weekday, interval } }));
}

/**
 * The stretches of [from, to) when the channel is open, in order, adjacent ones merged. Status only
 * changes at an interval's start or end or at a local midnight (holidays close whole dates), so each
 * stretch between those instants is judged once by statusAt — the same rules as evaluateOperatingHours.
 */
export function openIntervals(hours: OperatingHours, from: Date, to: Date): { start: number; end: number }[] {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (!(toMs > fromMs)) return [];
  const boundaries = new Set<number>([fromMs, toMs]);
  const last = toLocal(hours.timeZone, toMs).date;
  for (let date = addDays(toLocal(hours.timeZone, fromMs).date, -1); date <= last; date = addDays(date, 1)) {
    boundaries.add(localDateTimeToInstant(hours.timeZone, date, "00:00").getTime());
    for (const { interval } of openingsOn(hours, date)) {
      boundaries.add(localDateTimeToInstant(hours.timeZone, date, interval.start).getTime());
      const endDate = isOvernight(interval) ? addDays(date, 1) : date;
      boundaries.add(localDateTimeToInstant(hours.timeZone, endDate, interval.end).getTime());
    }
  }
  const points = [...boundaries].filter((ms) => ms >= fromMs && ms <= toMs).sort((a, b) => a - b);
  const open: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (statusAt(hours, start + Math.floor((end - start) / 2)).status !== "open") continue;
    const previous = open.at(-1);
    if (previous && previous.end === start) previous.end = end;
    else open.push({ start, end });
  }
  return open;
}

/**
 * The channel can only start being open at an interval's start (a previous night's tail is never
 * the first thing to open: its own start comes earlier). Each candidate is re-evaluated because a
 * start may be cancelled — an interval that lies wholly inside a DST gap never happens.
 */
function findNextOpen(hours: OperatingHours, ms: number): Date | null {
  const today = toLocal(hours.timeZone, ms).date;
  const candidates: number[] = [];
  for (let offset = 0; offset <= NEXT_OPEN_HORIZON_DAYS; offset++) {
    const date = addDays(today, offset);
    for (const { interval } of openingsOn(hours, date)) {
      const start = localDateTimeToInstant(hours.timeZone, date, interval.start).getTime();
      if (start > ms && start <= ms + NEXT_OPEN_HORIZON_DAYS * DAY) candidates.push(start);
    }
  }
  const next = candidates.sort((a, b) => a - b).find((start) => statusAt(hours, start).status === "open");
  return next === undefined ? null : new Date(next);
}

/**
 * The instant a local wall time happens in `timeZone` ("24:00" = next day's 00:00). A time skipped
 * by a spring-forward gap (02:30 in New York on 2026-03-08) maps to the first instant after it (the
 * 03:00 transition); a time repeated at fall-back maps to its first occurrence.
 */
export function localDateTimeToInstant(timeZone: string, date: string, time: string): Date {
  if (!isValidDate(date) || !(TIME.test(time) || time === "24:00")) throw new RangeError(`Invalid local date/time: ${date} ${time}`);
  const target = Date.parse(`${date}T00:00:00Z`) + toMinutes(time) * MINUTE;
  // The offsets a day either side bracket any DST change near the target.
  const offsetAt = (ms: number) => wallClockMs(timeZone, ms) - Math.floor(ms / 1000) * 1000;
  const candidates = [target - offsetAt(target - DAY), target - offsetAt(target + DAY)].sort((a, b) => a - b);
  const exact = candidates.find((ms) => wallClockMs(timeZone, ms) === target);
  if (exact !== undefined) return new Date(exact);
  // In a gap the earlier candidate reads before the target and the later one after: find the transition.
  let [before, after] = candidates as [number, number];
  while (after - before > MINUTE) {
    const middle = before + Math.floor((after - before) / (2 * MINUTE)) * MINUTE;
    if (wallClockMs(timeZone, middle) >= target) after = middle;
    else before = middle;
  }
  return new Date(after);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Local wall-clock fields of an instant, via Intl (full ICU tz data, so DST-correct). */
function localParts(timeZone: string, ms: number) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(ms));
  const read = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: read("year"),
    month: read("month"),
    day: read("day"),
    hour: read("hour") % 24,
    minute: read("minute"),
    second: read("second"),
  };
}

/** The local wall time written as if it were UTC: comparable with Date.UTC of a local date/time. */
function wallClockMs(timeZone: string, ms: number): number {
  const p = localParts(timeZone, ms);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

function toLocal(timeZone: string, ms: number): { date: string; minutes: number } {
  const p = localParts(timeZone, ms);
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, minutes: p.hour * 60 + p.minute };
}

export function toMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

function isOvernight(interval: Interval): boolean {
  return toMinutes(interval.end) <= toMinutes(interval.start);
}

/** Where an interval stops on the day it starts: an overnight one runs to 24:00 that day. */
export function sameDayEnd(interval: Interval): number {
  return isOvernight(interval) ? 24 * 60 : toMinutes(interval.end);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function weekdayOf(date: string): Weekday {
  return new Date(`${date}T00:00:00Z`).getUTCDay() as Weekday;
}

export function isValidDate(date: string): boolean {
  const match = DATE.exec(date);
  if (!match) return false;
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return parsed.toISOString().slice(0, 10) === date;
}

let knownTimeZones: Set<string> | undefined;

/**
 * IANA zones Intl lists, plus "UTC". Node 20's list uses ICU's older canonical names
 * ("Asia/Calcutta"), so a current alias ("Asia/Kolkata") is accepted when Intl resolves it to one.
 */
export function isValidTimeZone(timeZone: string): boolean {
  knownTimeZones ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  if (knownTimeZones.has(timeZone)) return true;
  try {
    return knownTimeZones.has(new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

/** The automated message that answers a customer while closed (SPEC §2 triggers). */
export function automatedMessageFor(status: OperatingHoursStatus): AutomatedMessageTrigger | null {
  if (status.status === "open") return null;
  return status.rule.kind === "holiday" ? "holiday" : "outOfOperatingHours";
}

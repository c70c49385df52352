// "A message arriving at <date> <time>": the editor's preview, on the form's current values (saved
// or not). It only prepares input for evaluateOperatingHours and reads its answer back in the
// record's time zone; the rules themselves stay in lib/workstreams/operating-hours/evaluate.ts.
import {
  evaluateOperatingHours,
  isValidDate,
  isValidTimeZone,
  localDateTimeToInstant,
  TIME,
  type Exception,
  type Interval,
  type OperatingHours,
  type OperatingHoursStatus,
  type Weekday,
} from "@/lib/workstreams/operating-hours/evaluate";
import { DAY_KEYS, EXCEPTION_KINDS } from "./operating-hours.constants";

// The same checks as hours.schema.ts's interval and exception date, without zod (this runs in the browser).
const isDate = (date: string | undefined): date is string => typeof date === "string" && date.length <= 10 && isValidDate(date);

type DraftInterval = { start?: string; end?: string };
type DraftException = { date?: string; kind?: string; reason?: string; intervals?: (DraftInterval | undefined)[] };
/** The editor's values while being typed: anything may be missing or malformed. */
export type DraftHours = {
  timeZone?: string;
  weekly?: Partial<Record<string, (DraftInterval | undefined)[] | undefined>>;
  exceptions?: (DraftException | undefined)[];
};

const isComplete = (interval: DraftInterval | undefined): interval is Interval =>
  typeof interval?.start === "string" &&
  typeof interval.end === "string" &&
  TIME.test(interval.start) &&
  (TIME.test(interval.end) || interval.end === "24:00") &&
  interval.start !== interval.end;

/** The part of a draft the domain can evaluate, and how many unfinished entries were left out. */
export function previewableHours(draft: DraftHours): { hours: OperatingHours; ignored: number } {
  let ignored = 0;
  const keep = (intervals: (DraftInterval | undefined)[] | undefined): Interval[] => {
    const complete = (intervals ?? []).filter(isComplete).map(({ start, end }) => ({ start, end }));
    ignored += (intervals?.length ?? 0) - complete.length;
    return complete;
  };
  const weekly = Object.fromEntries(DAY_KEYS.map((key) => [Number(key), keep(draft.weekly?.[key])])) as OperatingHours["weekly"];
  const exceptions: Exception[] = [];
  for (const exception of draft.exceptions ?? []) {
    const kind = EXCEPTION_KINDS.find((candidate) => candidate === exception?.kind);
    if (!exception || !kind || !isDate(exception.date)) {
      ignored += 1;
      continue;
    }
    const reason = exception.reason?.trim() ?? "";
    exceptions.push(
      kind === "open"
        ? { date: exception.date, kind, reason, intervals: keep(exception.intervals) }
        : { date: exception.date, kind, reason },
    );
  }
  return { hours: { timeZone: draft.timeZone ?? "", weekly, exceptions }, ignored };
}

export type LocalDateTime = { date: string; time: string; weekday: Weekday };

/** An instant's wall-clock date, time and weekday in `timeZone`. */
export function toLocalDateTime(timeZone: string, instant: Date): LocalDateTime {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const read = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "00";
  const date = `${read("year").padStart(4, "0")}-${read("month")}-${read("day")}`;
  const hour = String(Number(read("hour")) % 24).padStart(2, "0");
  return { date, time: `${hour}:${read("minute")}`, weekday: new Date(`${date}T00:00:00Z`).getUTCDay() as Weekday };
}

export type PreviewResult =
  | { kind: "incomplete" }
  | { kind: "invalidTimeZone" }
  | {
      kind: "evaluated";
      instant: Date;
      /** The wall time actually evaluated: differs from the one asked when DST skips it. */
      evaluated: LocalDateTime;
      isShiftedByDst: boolean;
      status: OperatingHoursStatus;
      nextOpen: LocalDateTime | null;
      ignored: number;
    };

export function previewArrival(draft: DraftHours, date: string, time: string): PreviewResult {
  if (!isDate(date) || !TIME.test(time)) return { kind: "incomplete" };
  const { hours, ignored } = previewableHours(draft);
  if (!isValidTimeZone(hours.timeZone)) return { kind: "invalidTimeZone" };
  const instant = localDateTimeToInstant(hours.timeZone, date, time);
  const evaluated = toLocalDateTime(hours.timeZone, instant);
  const status = evaluateOperatingHours(hours, instant);
  const nextOpen = status.status === "closed" && status.nextOpen ? toLocalDateTime(hours.timeZone, status.nextOpen) : null;
  return {
    kind: "evaluated",
    instant,
    evaluated,
    isShiftedByDst: evaluated.date !== date || evaluated.time !== time,
    status,
    nextOpen,
    ignored,
  };
}

// The zod schema of an operating-hours record (forms, server actions, stored records). Kept apart from
// evaluate.ts, which client components use for the live preview without loading zod (decision 036).
import { z } from "zod";
import { isValidDate, isValidTimeZone, sameDayEnd, TIME, toMinutes, type Interval, type OperatingHours } from "./evaluate";

const key = (code: string) => `validation.operatingHours.${code}`;

const intervalSchema = z
  .object({
    start: z
      .string()
      .max(5, { message: key("timeFormat"), abort: true })
      .regex(TIME, key("timeFormat")),
    end: z
      .string()
      .max(5, { message: key("timeFormat"), abort: true })
      .refine((end) => TIME.test(end) || end === "24:00", key("timeFormat")),
  })
  .refine((interval) => interval.start !== interval.end, { message: key("emptyInterval"), path: ["end"] });

/** One day's intervals; an overnight interval only occupies [start, 24:00) of its own day here. */
// Bounded: the overlap check compares every pair. 96 = every quarter of an hour.
const dayIntervalsSchema = z
  .array(intervalSchema)
  .max(96, { abort: true })
  .superRefine((intervals, ctx) => {
    // Zod still runs this when an interval is malformed; those already carry their own issue.
    const isWellFormed = (interval: Interval) =>
      TIME.test(interval.start) && (TIME.test(interval.end) || interval.end === "24:00") && interval.start !== interval.end;
    intervals.forEach((interval, index) => {
      const overlapsEarlier =
        isWellFormed(interval) &&
        intervals
          .slice(0, index)
          .some(
            (other) =>
              isWellFormed(other) && toMinutes(interval.start) < sameDayEnd(other) && toMinutes(other.start) < sameDayEnd(interval),
          );
      if (overlapsEarlier) ctx.addIssue({ code: "custom", path: [index, "start"], message: key("overlap") });
    });
  });

const exceptionSchema = z
  .object({
    date: z
      .string()
      .max(10, { message: key("exceptionDate"), abort: true })
      .refine(isValidDate, key("exceptionDate")),
    kind: z.enum(["holiday", "closure", "open"]),
    reason: z.string().trim().min(1, key("reasonRequired")).max(500, "validation.tooLong"),
    intervals: dayIntervalsSchema.optional(),
  })
  .refine((exception) => exception.kind !== "open" || (exception.intervals?.length ?? 0) > 0, {
    message: key("intervalsRequired"),
    path: ["intervals"],
  });

export const operatingHoursSchema = z.object({
  timeZone: z
    .string()
    .max(100, { message: key("timeZone"), abort: true })
    .refine(isValidTimeZone, key("timeZone")),
  weekly: z.object({
    0: dayIntervalsSchema,
    1: dayIntervalsSchema,
    2: dayIntervalsSchema,
    3: dayIntervalsSchema,
    4: dayIntervalsSchema,
    5: dayIntervalsSchema,
    6: dayIntervalsSchema,
  }),
  exceptions: z
    .array(exceptionSchema)
    .max(1000, { abort: true })
    .superRefine((exceptions, ctx) => {
      exceptions.forEach((exception, index) => {
        if (exceptions.slice(0, index).some((other) => other.date === exception.date)) {
          ctx.addIssue({ code: "custom", path: [index, "date"], message: key("duplicateException") });
        }
      });
    }),
}) satisfies z.ZodType<OperatingHours>;

export type OperatingHoursIssue = { path: PropertyKey[]; message: string };

/** For stored or imported records; forms use operatingHoursSchema through zodResolver. */
export function validateOperatingHours(input: unknown): { ok: true; hours: OperatingHours } | { ok: false; issues: OperatingHoursIssue[] } {
  const result = operatingHoursSchema.safeParse(input);
  if (result.success) return { ok: true, hours: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: issue.path, message: issue.message })) };
}

// The operating-hours editor's schema, shared by its zodResolver and the save action. It is the
// domain's schema (lib/workstreams/operating-hours/evaluate.ts) plus the record's name, so every issue's path
// ("weekly.1.0.start", "exceptions.2.date") is the name of the field it belongs to.
import { z } from "zod";
import { idSchema } from "@/lib/text-limits";
import { operatingHoursSchema } from "@/lib/workstreams/operating-hours/hours.schema";
import { keysetCursorSchema } from "@/lib/pagination/keyset";

const { timeZone, weekly, exceptions } = operatingHoursSchema.shape;
const dayIntervals = weekly.shape[0];

export { DAY_KEYS, DAYS_FROM_MONDAY, EXCEPTION_KINDS, WEEKDAYS_MONDAY_TO_FRIDAY } from "./operating-hours.constants";
export type { DayKey, ExceptionKind } from "./operating-hours.constants";

export const operatingHoursNameSchema = z.string().trim().min(1, "validation.required").max(100, "validation.tooLong");

export const operatingHoursFormSchema = z.object({
  id: idSchema.optional(),
  name: operatingHoursNameSchema,
  timeZone,
  weekly: z.object({
    "0": dayIntervals,
    "1": dayIntervals,
    "2": dayIntervals,
    "3": dayIntervals,
    "4": dayIntervals,
    "5": dayIntervals,
    "6": dayIntervals,
  }),
  exceptions,
});
export type OperatingHoursFormInput = z.input<typeof operatingHoursFormSchema>;
export type OperatingHoursFormOutput = z.output<typeof operatingHoursFormSchema>;

export const operatingHoursIdSchema = z.object({ id: idSchema });

export const operatingHoursListSchema = z
  .object({
    q: z.string().trim().max(100).optional().catch(undefined),
  })
  .extend(keysetCursorSchema.shape);
export type OperatingHoursListFilters = z.infer<typeof operatingHoursListSchema>;

// The operating-hours editor's fixed values, without zod, for client components (decision 036).
/**
 * Weekday keys as strings ("0" = Sunday, the domain's numbering): react-hook-form's path types drop
 * numeric object keys, and at run time JavaScript object keys are strings anyway.
 */
export const DAY_KEYS = ["0", "1", "2", "3", "4", "5", "6"] as const;
export type DayKey = (typeof DAY_KEYS)[number];
/** The editor's order: the week starts on Monday. */
export const DAYS_FROM_MONDAY: readonly DayKey[] = ["1", "2", "3", "4", "5", "6", "0"];
export const WEEKDAYS_MONDAY_TO_FRIDAY: readonly DayKey[] = ["1", "2", "3", "4", "5"];

export const EXCEPTION_KINDS = ["holiday", "closure", "open"] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

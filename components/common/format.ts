// Locale-aware date formatting for server components (the request's language and the user's time zone).
import { getFormatter } from "next-intl/server";
import { DATE_TIME_WITH_ZONE } from "./date-formats";

/** `withZone`: append the zone's short name, for times whose zone matters (audit log). */
export async function getDateTimeFormatter({ withZone = false }: { withZone?: boolean } = {}) {
  const format = await getFormatter();
  return (date: Date) => format.dateTime(date, withZone ? DATE_TIME_WITH_ZONE : { dateStyle: "medium", timeStyle: "short" });
}

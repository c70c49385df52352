// Locale-aware date formatting for server components (the request's language and time zone).
import { getFormatter } from "next-intl/server";

export async function getDateTimeFormatter() {
  const format = await getFormatter();
  return (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
}

// Date formats shared by server and client components. Where the zone matters (audit log, message
// times) the time carries the zone's short name: "2026/12/03 17:34 JST", "Dec 3, 2026, 5:34 PM GMT+9".
// (dateStyle/timeStyle can't be combined with timeZoneName, hence the explicit fields.)
export const DATE_TIME_WITH_ZONE = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
} as const satisfies Intl.DateTimeFormatOptions;

// The time zones the editor offers: every IANA zone Intl knows, plus "UTC", each with its UTC offset
// at a given instant (offsets move with DST, so the list says "now").
export type TimeZoneOption = { value: string; offsetMinutes: number; offsetLabel: string; searchText: string };

let zones: string[] | undefined;

/** "UTC" first, then the IANA names in alphabetical order. */
export function listTimeZones(): string[] {
  zones ??= [
    "UTC",
    ...Intl.supportedValuesOf("timeZone")
      .filter((zone) => zone !== "UTC")
      .sort(),
  ];
  return zones;
}

/** Minutes east of UTC in force at `at` ("GMT+05:30" → 330). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value ?? "";
  const match = /([+-−])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0; // "GMT": no offset
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "+" ? minutes : -minutes;
}

/** "UTC+01:00", "UTC−03:30", "UTC±00:00". */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes > 0 ? "+" : minutes < 0 ? "−" : "±";
  const absolute = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}:${String(absolute % 60).padStart(2, "0")}`;
}

export function timeZoneOption(timeZone: string, at: Date): TimeZoneOption {
  const offsetMinutes = utcOffsetMinutes(timeZone, at);
  const offsetLabel = formatUtcOffset(offsetMinutes);
  // Searchable as typed: "new york", "new_york", "+09", "utc+9".
  const searchText =
    `${timeZone} ${timeZone.replace(/_/g, " ")} ${offsetLabel} ${offsetLabel.replace("−", "-")} ${offsetLabel.replace(/:00$/, "").replace(/([+−-])0/, "$1")}`.toLowerCase();
  return { value: timeZone, offsetMinutes, offsetLabel, searchText };
}

export function timeZoneOptions(at: Date): TimeZoneOption[] {
  return listTimeZones().map((zone) => timeZoneOption(zone, at));
}

/** Options whose name or offset contains every word of the query. */
export function filterTimeZones(options: readonly TimeZoneOption[], query: string): TimeZoneOption[] {
  const words = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => words.every((word) => option.searchText.includes(word)));
}

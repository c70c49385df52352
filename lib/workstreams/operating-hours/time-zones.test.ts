import { describe, expect, it } from "vitest";
import { filterTimeZones, formatUtcOffset, listTimeZones, timeZoneOptions, utcOffsetMinutes } from "./time-zones";

describe("time zones", () => {
  it("lists UTC first, then IANA zones", () => {
    const zones = listTimeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Europe/Paris");
    expect(zones.filter((zone) => zone === "UTC")).toHaveLength(1);
  });

  it("reads the offset in force at an instant, DST included", () => {
    expect(utcOffsetMinutes("Europe/Paris", new Date("2026-01-15T12:00:00Z"))).toBe(60);
    expect(utcOffsetMinutes("Europe/Paris", new Date("2026-07-15T12:00:00Z"))).toBe(120);
    expect(utcOffsetMinutes("America/St_Johns", new Date("2026-01-15T12:00:00Z"))).toBe(-210);
    expect(utcOffsetMinutes("UTC", new Date())).toBe(0);
    expect(formatUtcOffset(330)).toBe("UTC+05:30");
    expect(formatUtcOffset(-210)).toBe("UTC−03:30");
    expect(formatUtcOffset(0)).toBe("UTC±00:00");
  });

  it("finds zones by any word of their name or by offset", () => {
    const options = timeZoneOptions(new Date("2026-01-15T12:00:00Z"));
    expect(filterTimeZones(options, "new york").map((option) => option.value)).toEqual(["America/New_York"]);
    expect(filterTimeZones(options, "PARIS").map((option) => option.value)).toEqual(["Europe/Paris"]);
    expect(filterTimeZones(options, "+09").map((option) => option.value)).toContain("Asia/Tokyo");
    expect(filterTimeZones(options, "utc+9").map((option) => option.value)).toContain("Asia/Tokyo");
    expect(filterTimeZones(options, "  ")).toHaveLength(options.length);
  });
});

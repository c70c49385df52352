import { describe, expect, it } from "vitest";
import { healthWindow, readHealthPeriod } from "./period";

const now = new Date("2026-06-15T12:30:00.000Z");

describe("healthWindow", () => {
  it("covers the last 24 hours in hour bars, partial at both ends", () => {
    const window = healthWindow("24h", now, "UTC");
    expect(window.since.toISOString()).toBe("2026-06-14T12:30:00.000Z");
    expect(window.buckets).toHaveLength(25);
    expect(window.buckets[0]).toEqual({ start: window.since, end: new Date("2026-06-14T13:00:00.000Z") });
    expect(window.buckets.at(-1)!.end).toEqual(now);
  });

  it("covers 7 local days, today included, from the viewer's midnight", () => {
    const window = healthWindow("7d", now, "America/Los_Angeles");
    // 05:30 in Los Angeles on the 15th: the week starts at midnight on the 9th there (UTC−7).
    expect(window.since.toISOString()).toBe("2026-06-09T07:00:00.000Z");
    expect(window.buckets).toHaveLength(7);
    expect(window.buckets[6]!.start.toISOString()).toBe("2026-06-15T07:00:00.000Z");
  });

  it("reads anything but 7d as 24 hours", () => {
    expect(readHealthPeriod("7d")).toBe("7d");
    expect(readHealthPeriod("30d")).toBe("24h");
    expect(readHealthPeriod(undefined)).toBe("24h");
  });
});

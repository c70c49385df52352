// Open time between two instants, by the operating-hours rules: overnight intervals, holidays, DST.
import { describe, expect, it } from "vitest";
import type { OperatingHours } from "@/lib/workstreams/operating-hours/evaluate";
import { openIntervals } from "@/lib/workstreams/operating-hours/evaluate";
import { durationParts, optOutRate, problemCount } from "./figures";
import { openTimeMeter, percentile } from "./open-time";

const MINUTE = 60_000;
const weekdays = (interval: { start: string; end: string }): OperatingHours["weekly"] => ({
  0: [],
  1: [interval],
  2: [interval],
  3: [interval],
  4: [interval],
  5: [interval],
  6: [],
});
const at = (iso: string) => new Date(iso);

describe("openIntervals", () => {
  it("lists a week's open stretches in the record's zone, a holiday closing its whole day", () => {
    const hours: OperatingHours = {
      timeZone: "Europe/Paris",
      weekly: weekdays({ start: "09:00", end: "17:00" }),
      exceptions: [{ date: "2026-06-10", kind: "holiday", reason: "Closed" }],
    };
    const open = openIntervals(hours, at("2026-06-08T00:00:00Z"), at("2026-06-13T00:00:00Z"));
    // Paris is UTC+2 in June: 07:00–15:00 UTC, Monday to Friday except Wednesday.
    expect(open.map((stretch) => new Date(stretch.start).toISOString().slice(0, 16))).toEqual([
      "2026-06-08T07:00",
      "2026-06-09T07:00",
      "2026-06-11T07:00",
      "2026-06-12T07:00",
    ]);
    expect(open.every((stretch) => stretch.end - stretch.start === 8 * 60 * MINUTE)).toBe(true);
  });

  it("keeps an overnight interval open across midnight, as one stretch", () => {
    const hours: OperatingHours = { timeZone: "UTC", weekly: { ...weekdays({ start: "22:00", end: "06:00" }) }, exceptions: [] };
    const open = openIntervals(hours, at("2026-06-08T20:00:00Z"), at("2026-06-09T08:00:00Z"));
    expect(open).toEqual([{ start: at("2026-06-08T22:00:00Z").getTime(), end: at("2026-06-09T06:00:00Z").getTime() }]);
  });

  it("follows a DST change: 09:00–17:00 New York moves by an hour in UTC", () => {
    const hours: OperatingHours = { timeZone: "America/New_York", weekly: weekdays({ start: "09:00", end: "17:00" }), exceptions: [] };
    const open = openIntervals(hours, at("2026-03-06T00:00:00Z"), at("2026-03-10T00:00:00Z"));
    expect(open.map((stretch) => new Date(stretch.start).toISOString().slice(11, 16))).toEqual(["14:00", "13:00"]);
  });
});

describe("openTimeMeter", () => {
  const hours: OperatingHours = { timeZone: "UTC", weekly: weekdays({ start: "09:00", end: "17:00" }), exceptions: [] };
  const meter = openTimeMeter(hours, at("2026-06-08T00:00:00Z"), at("2026-06-16T00:00:00Z"));

  it("counts only open minutes: Friday 16:50 to Monday 09:05 is 15 minutes", () => {
    expect(meter(at("2026-06-12T16:50:00Z"), at("2026-06-15T09:05:00Z"))).toBe(15 * MINUTE);
  });

  it("counts nothing while closed, and all of an open stretch", () => {
    expect(meter(at("2026-06-13T10:00:00Z"), at("2026-06-14T10:00:00Z"))).toBe(0);
    expect(meter(at("2026-06-09T10:00:00Z"), at("2026-06-09T10:30:00Z"))).toBe(30 * MINUTE);
    expect(meter(at("2026-06-09T08:00:00Z"), at("2026-06-10T08:00:00Z"))).toBe(8 * 60 * MINUTE);
  });

  it("counts every minute without operating hours", () => {
    const always = openTimeMeter(null, at("2026-06-08T00:00:00Z"), at("2026-06-16T00:00:00Z"));
    expect(always(at("2026-06-12T16:50:00Z"), at("2026-06-15T09:05:00Z"))).toBe((64 * 60 + 15) * MINUTE);
  });
});

describe("figures", () => {
  it("takes nearest-rank percentiles", () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([5], 0.9)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
  });

  it("gives no opt-out rate without conversations", () => {
    expect(optOutRate(0, 0)).toBeNull();
    expect(optOutRate(1, 4)).toBe(0.25);
  });

  it("counts problems from their parts", () => {
    const outcomes = { delivered: 9, sent: 1, pending: 1, undelivered: 2, failed: 3 };
    expect(problemCount({ outcomes, signatureFailures: 4, optOuts: 1, waiting: 2, queuedOutbound: 1 })).toBe(13);
  });

  it("writes durations in the units that read well", () => {
    expect(durationParts(42_000)).toEqual({ key: "seconds", values: { seconds: 42 } });
    expect(durationParts(12 * MINUTE + 10_000)).toEqual({ key: "minutes", values: { minutes: 12 } });
    expect(durationParts(185 * MINUTE)).toEqual({ key: "hours", values: { hours: 3, minutes: 5 } });
    expect(durationParts(52 * 60 * MINUTE)).toEqual({ key: "days", values: { days: 2, hours: 4 } });
  });
});

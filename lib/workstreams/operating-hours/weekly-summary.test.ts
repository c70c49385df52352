import { describe, expect, it } from "vitest";
import type { Interval, OperatingHours } from "@/lib/workstreams/operating-hours/evaluate";
import { isOvernight, summarizeWeek } from "./weekly-summary";

const NINE_TO_FIVE: Interval = { start: "09:00", end: "17:00" };
const week = (days: Partial<OperatingHours["weekly"]>): OperatingHours["weekly"] => ({
  0: [],
  1: [],
  2: [],
  3: [],
  4: [],
  5: [],
  6: [],
  ...days,
});

describe("summarizeWeek", () => {
  it("groups consecutive days with the same intervals, Monday first", () => {
    expect(summarizeWeek(week({ 1: [NINE_TO_FIVE], 2: [NINE_TO_FIVE], 3: [NINE_TO_FIVE], 4: [NINE_TO_FIVE], 5: [NINE_TO_FIVE] }))).toEqual([
      { first: 1, last: 5, intervals: [NINE_TO_FIVE] },
    ]);
  });

  it("splits a day with extra intervals and a closed day, and puts Sunday last", () => {
    const overnight = { start: "22:00", end: "06:00" };
    expect(
      summarizeWeek(
        week({
          0: [NINE_TO_FIVE],
          1: [NINE_TO_FIVE],
          2: [NINE_TO_FIVE],
          4: [NINE_TO_FIVE],
          5: [overnight, NINE_TO_FIVE],
          6: [NINE_TO_FIVE],
        }),
      ),
    ).toEqual([
      { first: 1, last: 2, intervals: [NINE_TO_FIVE] },
      { first: 4, last: 4, intervals: [NINE_TO_FIVE] },
      { first: 5, last: 5, intervals: [NINE_TO_FIVE, overnight] },
      { first: 6, last: 0, intervals: [NINE_TO_FIVE] },
    ]);
  });

  it("is empty for a week closed every day", () => {
    expect(summarizeWeek(week({}))).toEqual([]);
  });
});

describe("isOvernight", () => {
  it("is true when the end is not after the start", () => {
    expect(isOvernight({ start: "22:00", end: "06:00" })).toBe(true);
    expect(isOvernight({ start: "22:00", end: "00:00" })).toBe(true);
    expect(isOvernight(NINE_TO_FIVE)).toBe(false);
    expect(isOvernight({ start: "18:00", end: "24:00" })).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { automatedMessageFor } from "./evaluate";
import { previewableHours, previewArrival, type DraftHours } from "./preview";

const supportHours: DraftHours = {
  timeZone: "Europe/Paris",
  weekly: {
    "1": [{ start: "09:00", end: "17:00" }],
    "2": [{ start: "09:00", end: "17:00" }],
    "3": [{ start: "09:00", end: "17:00" }],
    "4": [{ start: "09:00", end: "17:00" }],
    "5": [
      { start: "09:00", end: "17:00" },
      { start: "22:00", end: "06:00" },
    ],
  },
  exceptions: [{ date: "2026-12-25", kind: "holiday", reason: "Christmas", intervals: [] }],
};

describe("previewArrival", () => {
  it("is closed on a holiday, all day, and says when it opens again", () => {
    const result = previewArrival(supportHours, "2026-12-25", "10:00");
    expect(result).toMatchObject({
      kind: "evaluated",
      status: { status: "closed", rule: { kind: "holiday", reason: "Christmas" } },
      nextOpen: { date: "2026-12-28", time: "09:00", weekday: 1 },
      isShiftedByDst: false,
    });
    if (result.kind === "evaluated") expect(automatedMessageFor(result.status)).toBe("holiday");
  });

  it("is open early on Saturday through Friday's overnight interval", () => {
    expect(previewArrival(supportHours, "2026-06-06", "03:00")).toMatchObject({
      kind: "evaluated",
      instant: new Date("2026-06-06T01:00:00Z"),
      status: { status: "open", rule: { kind: "weekly", weekday: 5, interval: { start: "22:00", end: "06:00" } } },
      nextOpen: null,
    });
  });

  it("is closed outside hours, with the next opening in the record's zone", () => {
    const result = previewArrival(supportHours, "2026-06-08", "18:30");
    expect(result).toMatchObject({
      kind: "evaluated",
      status: { status: "closed", rule: { kind: "outsideHours", weekday: 1 } },
      nextOpen: { date: "2026-06-09", time: "09:00", weekday: 2 },
    });
    if (result.kind === "evaluated") expect(automatedMessageFor(result.status)).toBe("outOfOperatingHours");
  });

  it("says when DST skips the time asked (Paris, 2026-03-29 02:30 is 03:00)", () => {
    expect(previewArrival({ ...supportHours, weekly: { "0": [{ start: "02:00", end: "04:00" }] } }, "2026-03-29", "02:30")).toMatchObject({
      kind: "evaluated",
      evaluated: { date: "2026-03-29", time: "03:00" },
      isShiftedByDst: true,
      status: { status: "open" },
    });
  });

  it("asks for a date and a time, and a valid time zone", () => {
    expect(previewArrival(supportHours, "", "10:00")).toEqual({ kind: "incomplete" });
    expect(previewArrival(supportHours, "2026-02-30", "10:00")).toEqual({ kind: "incomplete" });
    expect(previewArrival(supportHours, "2026-12-25", "")).toEqual({ kind: "incomplete" });
    expect(previewArrival({ ...supportHours, timeZone: "Mars/Olympus" }, "2026-12-25", "10:00")).toEqual({ kind: "invalidTimeZone" });
  });
});

describe("previewableHours", () => {
  it("leaves out what is still being typed instead of failing", () => {
    const { hours, ignored } = previewableHours({
      timeZone: "UTC",
      weekly: {
        "1": [
          { start: "09:00", end: "" },
          { start: "10:00", end: "10:00" },
          { start: "13:00", end: "14:00" },
        ],
      },
      exceptions: [
        { date: "", kind: "holiday", reason: "" },
        { date: "2026-05-01", kind: "open", reason: "", intervals: [{ start: "9", end: "12:00" }] },
      ],
    });
    expect(hours.weekly[1]).toEqual([{ start: "13:00", end: "14:00" }]);
    expect(hours.weekly[0]).toEqual([]);
    expect(hours.exceptions).toEqual([{ date: "2026-05-01", kind: "open", reason: "", intervals: [] }]);
    expect(ignored).toBe(4);
  });
});

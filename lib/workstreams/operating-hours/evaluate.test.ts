import { describe, expect, it } from "vitest";
import {
  evaluateOperatingHours,
  isValidTimeZone,
  localDateTimeToInstant,
  type Exception,
  type Interval,
  type OperatingHours,
  type Weekday,
} from "./evaluate";
import { validateOperatingHours } from "./hours.schema";

const NINE_TO_FIVE: Interval = { start: "09:00", end: "17:00" };

function hours(timeZone: string, weekly: Partial<Record<Weekday, Interval[]>>, exceptions: Exception[] = []): OperatingHours {
  return { timeZone, weekly: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], ...weekly }, exceptions };
}
const weekdays = (intervals: Interval[]) => ({ 1: intervals, 2: intervals, 3: intervals, 4: intervals, 5: intervals });
const at = (iso: string) => new Date(iso);

describe("localDateTimeToInstant", () => {
  it("applies the offset in force on that date", () => {
    expect(localDateTimeToInstant("America/New_York", "2026-03-06", "09:00").toISOString()).toBe("2026-03-06T14:00:00.000Z");
    expect(localDateTimeToInstant("America/New_York", "2026-03-09", "09:00").toISOString()).toBe("2026-03-09T13:00:00.000Z");
    expect(localDateTimeToInstant("Asia/Tokyo", "2026-06-05", "24:00").toISOString()).toBe("2026-06-05T15:00:00.000Z");
    expect(localDateTimeToInstant("UTC", "2026-01-01", "00:00").toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("moves a time skipped by spring-forward to the first instant after it", () => {
    expect(localDateTimeToInstant("America/New_York", "2026-03-08", "01:59").toISOString()).toBe("2026-03-08T06:59:00.000Z");
    expect(localDateTimeToInstant("America/New_York", "2026-03-08", "02:30").toISOString()).toBe("2026-03-08T07:00:00.000Z");
    expect(localDateTimeToInstant("America/New_York", "2026-03-08", "03:00").toISOString()).toBe("2026-03-08T07:00:00.000Z");
    expect(localDateTimeToInstant("Europe/Paris", "2026-03-29", "02:15").toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });

  it("takes the first occurrence of a time repeated at fall-back", () => {
    expect(localDateTimeToInstant("America/New_York", "2026-11-01", "01:30").toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(localDateTimeToInstant("Europe/Paris", "2026-10-25", "02:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses malformed input", () => {
    expect(() => localDateTimeToInstant("UTC", "2026-02-30", "09:00")).toThrow(RangeError);
    expect(() => localDateTimeToInstant("UTC", "2026-02-01", "9:00")).toThrow(RangeError);
  });
});

describe("evaluateOperatingHours: DST", () => {
  it("America/New_York spring-forward (2026-03-08): 02:30 opens at 03:00 EDT", () => {
    const record = hours("America/New_York", { 0: [{ start: "02:30", end: "05:00" }], ...weekdays([NINE_TO_FIVE]) });
    expect(evaluateOperatingHours(record, at("2026-03-08T06:59:00Z"))).toEqual({
      status: "closed",
      rule: { kind: "outsideHours", weekday: 0 },
      nextOpen: at("2026-03-08T07:00:00Z"),
    });
    expect(evaluateOperatingHours(record, at("2026-03-08T07:00:00Z"))).toMatchObject({
      status: "open",
      rule: { kind: "weekly", weekday: 0 },
    });
    expect(evaluateOperatingHours(record, at("2026-03-08T08:59:00Z")).status).toBe("open"); // 04:59 EDT
    expect(evaluateOperatingHours(record, at("2026-03-08T09:00:00Z"))).toMatchObject({
      status: "closed",
      nextOpen: at("2026-03-09T13:00:00Z"),
    });
    // Friday before: 09:00 EST is 14:00Z; Monday after: 09:00 EDT is 13:00Z.
    expect(evaluateOperatingHours(record, at("2026-03-06T13:59:00Z")).status).toBe("closed");
    expect(evaluateOperatingHours(record, at("2026-03-06T14:00:00Z")).status).toBe("open");
    expect(evaluateOperatingHours(record, at("2026-03-09T13:00:00Z")).status).toBe("open");
  });

  it("an interval lying wholly in the spring-forward gap never opens", () => {
    const record = hours("America/New_York", { 0: [{ start: "02:00", end: "02:45" }] });
    expect(evaluateOperatingHours(record, at("2026-03-07T12:00:00Z"))).toMatchObject({
      status: "closed",
      nextOpen: at("2026-03-15T06:00:00Z"),
    });
  });

  it("America/New_York fall-back (2026-11-01): 01:00–02:00 is open through both 01:xx hours", () => {
    const record = hours("America/New_York", { 0: [{ start: "01:00", end: "02:00" }], ...weekdays([NINE_TO_FIVE]) });
    expect(evaluateOperatingHours(record, at("2026-10-31T12:00:00Z"))).toMatchObject({
      status: "closed",
      nextOpen: at("2026-11-01T05:00:00Z"),
    });
    expect(evaluateOperatingHours(record, at("2026-11-01T05:30:00Z")).status).toBe("open"); // 01:30 EDT
    expect(evaluateOperatingHours(record, at("2026-11-01T06:30:00Z")).status).toBe("open"); // 01:30 EST
    expect(evaluateOperatingHours(record, at("2026-11-01T07:00:00Z"))).toMatchObject({
      status: "closed",
      nextOpen: at("2026-11-02T14:00:00Z"),
    });
  });

  it("Europe/Paris spring change (2026-03-29): an overnight interval is an hour shorter", () => {
    const record = hours("Europe/Paris", { 6: [{ start: "22:00", end: "06:00" }], 0: [{ start: "02:00", end: "04:00" }] });
    expect(evaluateOperatingHours(record, at("2026-03-28T20:59:00Z")).status).toBe("closed"); // 21:59 CET
    expect(evaluateOperatingHours(record, at("2026-03-28T21:00:00Z")).status).toBe("open"); // 22:00 CET
    expect(evaluateOperatingHours(record, at("2026-03-29T03:59:00Z"))).toMatchObject({
      status: "open",
      rule: { kind: "weekly", weekday: 6 },
    });
    expect(evaluateOperatingHours(record, at("2026-03-29T04:00:00Z"))).toMatchObject({
      status: "closed",
      rule: { kind: "outsideHours", weekday: 0 },
      nextOpen: at("2026-04-04T20:00:00Z"), // next Saturday 22:00 CEST
    });
  });

  it("Europe/Paris autumn change (2026-10-25): the same overnight interval is an hour longer", () => {
    const record = hours("Europe/Paris", { 6: [{ start: "22:00", end: "06:00" }] });
    expect(evaluateOperatingHours(record, at("2026-10-24T20:00:00Z")).status).toBe("open"); // 22:00 CEST
    expect(evaluateOperatingHours(record, at("2026-10-25T04:59:00Z")).status).toBe("open"); // 05:59 CET
    expect(evaluateOperatingHours(record, at("2026-10-25T05:00:00Z"))).toMatchObject({
      status: "closed",
      nextOpen: at("2026-10-31T21:00:00Z"),
    });
  });
});

describe("evaluateOperatingHours: intervals and exceptions", () => {
  // Tokyo has no DST, so these read plainly: JST = UTC+9.
  const friday = { start: "22:00", end: "06:00" };
  const tokyo = hours("Asia/Tokyo", { ...weekdays([NINE_TO_FIVE]), 5: [NINE_TO_FIVE, friday] });

  it("keeps Friday 22:00–06:00 open into Saturday, then closes at 06:00", () => {
    expect(evaluateOperatingHours(tokyo, at("2026-06-05T13:00:00Z"))).toEqual({
      status: "open",
      rule: { kind: "weekly", weekday: 5, interval: friday },
    });
    expect(evaluateOperatingHours(tokyo, at("2026-06-05T18:00:00Z"))).toEqual({
      status: "open",
      rule: { kind: "weekly", weekday: 5, interval: friday },
    }); // Sat 03:00
    expect(evaluateOperatingHours(tokyo, at("2026-06-05T21:00:00Z")).status).toBe("closed"); // Sat 06:00: ends are exclusive
    expect(evaluateOperatingHours(tokyo, at("2026-06-05T21:30:00Z"))).toEqual({
      status: "closed",
      rule: { kind: "outsideHours", weekday: 6 },
      nextOpen: at("2026-06-08T00:00:00Z"), // over the weekend: Monday 09:00 JST
    });
  });

  it("finds the next opening across several intervals of a day", () => {
    const record = hours("Asia/Tokyo", {
      1: [
        { start: "09:00", end: "12:00" },
        { start: "13:00", end: "24:00" },
      ],
    });
    expect(evaluateOperatingHours(record, at("2026-06-08T03:30:00Z"))).toMatchObject({
      status: "closed",
      nextOpen: at("2026-06-08T04:00:00Z"),
    });
    expect(evaluateOperatingHours(record, at("2026-06-08T14:59:00Z")).status).toBe("open"); // 23:59
    expect(evaluateOperatingHours(record, at("2026-06-08T15:00:00Z")).status).toBe("closed"); // Tuesday 00:00
  });

  const christmas = hours("America/New_York", { ...weekdays([NINE_TO_FIVE]), 4: [NINE_TO_FIVE, { start: "22:00", end: "06:00" }] }, [
    { date: "2026-12-25", kind: "holiday", reason: "Christmas Day" },
  ]);

  it("closes a holiday all day, with its reason, and opens after it", () => {
    expect(evaluateOperatingHours(christmas, at("2026-12-25T15:00:00Z"))).toEqual({
      status: "closed",
      rule: { kind: "holiday", date: "2026-12-25", reason: "Christmas Day" },
      nextOpen: at("2026-12-28T14:00:00Z"), // Monday 09:00 EST, after the weekend
    });
  });

  it("closes the previous night's tail that falls on the holiday", () => {
    expect(evaluateOperatingHours(christmas, at("2026-12-25T04:59:00Z")).status).toBe("open"); // Thu 23:59
    expect(evaluateOperatingHours(christmas, at("2026-12-25T05:00:00Z"))).toMatchObject({ status: "closed", rule: { kind: "holiday" } });
  });

  it("an overnight interval never starts on a holiday, so its tail does not open the next day", () => {
    const record = { ...christmas, exceptions: [{ date: "2026-12-24", kind: "holiday", reason: "Christmas Eve" } satisfies Exception] };
    expect(evaluateOperatingHours(record, at("2026-12-25T08:00:00Z"))).toMatchObject({
      status: "closed",
      nextOpen: at("2026-12-25T14:00:00Z"),
    });
  });

  it("reports a closure as such", () => {
    const record = { ...christmas, exceptions: [{ date: "2026-07-03", kind: "closure", reason: "Office move" } satisfies Exception] };
    expect(evaluateOperatingHours(record, at("2026-07-03T15:00:00Z"))).toEqual({
      status: "closed",
      rule: { kind: "closure", date: "2026-07-03", reason: "Office move" },
      nextOpen: at("2026-07-06T13:00:00Z"),
    });
  });

  it("replaces a day's weekly intervals with an 'open' exception's special hours", () => {
    const morning = { start: "09:00", end: "12:00" };
    const record = {
      ...christmas,
      exceptions: [{ date: "2026-12-24", kind: "open", reason: "Christmas Eve", intervals: [morning] } satisfies Exception],
    };
    expect(evaluateOperatingHours(record, at("2026-12-24T15:00:00Z"))).toEqual({
      status: "open",
      rule: { kind: "exception", date: "2026-12-24", interval: morning },
    });
    expect(evaluateOperatingHours(record, at("2026-12-24T18:00:00Z"))).toMatchObject({
      status: "closed",
      rule: { kind: "outsideHours", weekday: 4 },
      nextOpen: at("2026-12-25T14:00:00Z"), // Thursday's 22:00 no longer starts that day
    });
  });

  it("opens a normally closed day and carries an exception's overnight interval past midnight", () => {
    const evening = { start: "20:00", end: "02:00" };
    const record = hours("Asia/Tokyo", {}, [{ date: "2026-06-06", kind: "open", reason: "Sale weekend", intervals: [evening] }]);
    expect(evaluateOperatingHours(record, at("2026-06-01T00:00:00Z"))).toMatchObject({
      status: "closed",
      nextOpen: at("2026-06-06T11:00:00Z"),
    });
    expect(evaluateOperatingHours(record, at("2026-06-06T16:00:00Z"))).toEqual({
      status: "open",
      rule: { kind: "exception", date: "2026-06-06", interval: evening },
    });
    expect(evaluateOperatingHours(record, at("2026-06-06T17:00:00Z"))).toMatchObject({ status: "closed", nextOpen: null });
  });

  it("gives up looking for the next opening after 14 days", () => {
    const record = hours("UTC", {}, [{ date: "2026-06-20", kind: "open", reason: "Pop-up", intervals: [NINE_TO_FIVE] }]);
    expect(evaluateOperatingHours(record, at("2026-06-06T09:00:00Z"))).toMatchObject({ nextOpen: at("2026-06-20T09:00:00Z") });
    expect(evaluateOperatingHours(record, at("2026-06-05T09:00:00Z"))).toMatchObject({ nextOpen: null });
  });
});

describe("validateOperatingHours", () => {
  const valid = hours("Europe/Paris", { ...weekdays([NINE_TO_FIVE]), 5: [NINE_TO_FIVE, { start: "22:00", end: "06:00" }] });
  const messages = (input: unknown) => {
    const result = validateOperatingHours(input);
    return result.ok ? [] : result.issues.map((issue) => [issue.path, issue.message]);
  };

  it("accepts a valid record, overnight and 24:00 ends included", () => {
    expect(validateOperatingHours(valid)).toEqual({ ok: true, hours: valid });
    expect(messages(hours("UTC", { 1: [{ start: "00:00", end: "24:00" }] }))).toEqual([]);
  });

  it("knows IANA zones, current aliases and UTC", () => {
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("America/New_York")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(messages({ ...valid, timeZone: "CET+1" })).toEqual([[["timeZone"], "validation.operatingHours.timeZone"]]);
  });

  it("puts each interval problem on its own field", () => {
    const weekly = {
      ...valid.weekly,
      1: [NINE_TO_FIVE, { start: "18:00", end: "9:00" }, { start: "20:00", end: "20:00" }, { start: "24:00", end: "24:00" }],
    };
    expect(messages({ ...valid, weekly })).toEqual([
      [["weekly", "1", 1, "end"], "validation.operatingHours.timeFormat"],
      [["weekly", "1", 2, "end"], "validation.operatingHours.emptyInterval"],
      [["weekly", "1", 3, "start"], "validation.operatingHours.timeFormat"],
      [["weekly", "1", 3, "end"], "validation.operatingHours.emptyInterval"],
    ]);
  });

  it("finds overlaps within a day, an overnight interval occupying its start to 24:00", () => {
    const weekly = {
      ...valid.weekly,
      2: [{ start: "22:00", end: "06:00" }, NINE_TO_FIVE, { start: "16:00", end: "18:00" }, { start: "23:00", end: "23:30" }],
    };
    expect(messages({ ...valid, weekly })).toEqual([
      [["weekly", "2", 2, "start"], "validation.operatingHours.overlap"],
      [["weekly", "2", 3, "start"], "validation.operatingHours.overlap"],
    ]);
    // Touching intervals and a tail into the next day's early hours are fine.
    expect(messages({ ...valid, weekly: { ...valid.weekly, 2: [NINE_TO_FIVE, { start: "17:00", end: "08:00" }] } })).toEqual([]);
  });

  it("checks exceptions: real dates, one per date, a reason, intervals for special hours", () => {
    const exceptions = [
      { date: "2026-02-30", kind: "holiday", reason: "Leap" },
      { date: "2026-12-25", kind: "holiday", reason: "   " },
      { date: "2026-12-25", kind: "closure", reason: "Twice" },
      { date: "2026-12-24", kind: "open", reason: "Christmas Eve", intervals: [] },
      { date: "2026-12-31", kind: "open", reason: "New Year's Eve", intervals: [NINE_TO_FIVE, { start: "12:00", end: "13:00" }] },
    ];
    expect(messages({ ...valid, exceptions })).toEqual([
      [["exceptions", 0, "date"], "validation.operatingHours.exceptionDate"],
      [["exceptions", 1, "reason"], "validation.operatingHours.reasonRequired"],
      [["exceptions", 3, "intervals"], "validation.operatingHours.intervalsRequired"],
      [["exceptions", 4, "intervals", 1, "start"], "validation.operatingHours.overlap"],
      [["exceptions", 2, "date"], "validation.operatingHours.duplicateException"],
    ]);
  });
});

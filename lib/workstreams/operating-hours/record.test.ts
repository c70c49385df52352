import { describe, expect, it } from "vitest";
import { operatingHoursFormSchema } from "./operating-hours.schema";
import { describeForAudit, fromFormValues, parseStoredHours, toFormValues, toStoredColumns } from "./record";

const stored = {
  timeZone: "Europe/Paris",
  weekly: JSON.stringify({
    1: [{ start: "09:00", end: "17:00" }],
    5: [
      { start: "22:00", end: "06:00" },
      { start: "09:00", end: "17:00" },
    ],
  }),
  exceptions: JSON.stringify([
    { date: "2026-12-31", kind: "open", reason: "New Year's Eve ", intervals: [{ start: "09:00", end: "12:00" }] },
    { date: "2026-12-25", kind: "holiday", reason: "Christmas", intervals: [{ start: "01:00", end: "02:00" }] },
  ]),
};

describe("parseStoredHours", () => {
  it("reads the JSON columns, missing days as closed", () => {
    const hours = parseStoredHours(stored);
    expect(hours.weekly[0]).toEqual([]);
    expect(hours.weekly[5]).toHaveLength(2);
    expect(hours.exceptions.map((exception) => exception.date)).toEqual(["2026-12-31", "2026-12-25"]);
    expect(hours.exceptions[1]).not.toHaveProperty("intervals");
  });

  it("reads malformed JSON as an empty schedule instead of throwing", () => {
    expect(parseStoredHours({ timeZone: "UTC", weekly: "{", exceptions: "null" })).toEqual({
      timeZone: "UTC",
      weekly: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] },
      exceptions: [],
    });
  });
});

describe("form values", () => {
  it("round-trip through the form schema, normalized (sorted, trimmed)", () => {
    const values = toFormValues({ id: "oh1", name: "Support hours", hours: parseStoredHours(stored) });
    expect(values.weekly["5"]).toEqual([
      { start: "09:00", end: "17:00" },
      { start: "22:00", end: "06:00" },
    ]);
    expect(values.exceptions.map((exception) => exception.date)).toEqual(["2026-12-25", "2026-12-31"]);
    expect(values.exceptions[0]?.intervals).toEqual([]); // every exception has an array for useFieldArray
    const parsed = operatingHoursFormSchema.parse(values);
    const hours = fromFormValues(parsed);
    expect(hours.exceptions[0]).toEqual({ date: "2026-12-25", kind: "holiday", reason: "Christmas" });
    expect(hours.exceptions[1]).toEqual({
      date: "2026-12-31",
      kind: "open",
      reason: "New Year's Eve",
      intervals: [{ start: "09:00", end: "12:00" }],
    });
    expect(JSON.parse(toStoredColumns(hours).weekly)).toMatchObject({ 0: [], 1: [{ start: "09:00", end: "17:00" }] });
  });

  it("puts schema issues on the editor's field names", () => {
    const values = toFormValues({ name: "", hours: parseStoredHours(stored) });
    values.weekly["1"] = [
      { start: "09:00", end: "17:00" },
      { start: "12:00", end: "14:00" },
    ];
    values.exceptions.push({ date: "2026-12-25", kind: "holiday", reason: " " });
    const result = operatingHoursFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "name validation.required",
        "weekly.1.1.start validation.operatingHours.overlap",
        "exceptions.2.reason validation.operatingHours.reasonRequired",
        "exceptions.2.date validation.operatingHours.duplicateException",
      ]),
    );
  });
});

describe("describeForAudit", () => {
  it("is compact and stable", () => {
    expect(describeForAudit(parseStoredHours(stored))).toEqual({
      timeZone: "Europe/Paris",
      weekly: "Mon 09:00–17:00; Fri 09:00–17:00, 22:00–06:00",
      exceptions: "2026-12-25 holiday (Christmas); 2026-12-31 open 09:00–12:00 (New Year's Eve)",
    });
  });
});

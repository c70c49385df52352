// The number form's send rate (MPS) field: decimals with a point or comma, 0.1 to 1000, empty = default.
import { describe, expect, it } from "vitest";
import { numberFormSchema, parseSendRate } from "./numbers.schema";

const base = { accountId: "acc1", value: "14252306549", type: "LONG_CODE" };

describe("send rate", () => {
  it("reads messages per second with a decimal point or comma", () => {
    expect(parseSendRate("1")).toBe(1);
    expect(parseSendRate("2.5")).toBe(2.5);
    expect(parseSendRate("2,5")).toBe(2.5);
    expect(parseSendRate("1000")).toBe(1000);
    expect(parseSendRate("0.1")).toBe(0.1);
  });

  it("refuses what isn't a rate from 0.1 to 1000", () => {
    for (const value of ["0", "0.05", "1001", "-1", "1e3", "abc", "1.2345", " "]) expect(parseSendRate(value)).toBeNull();
  });

  it("stores the rate, or null for the type's default, and puts a bad value on its field", () => {
    const schema = numberFormSchema("SMS", "TWILIO");
    expect(schema.parse({ ...base, sendRatePerSecond: "3" }).sendRatePerSecond).toBe(3);
    expect(schema.parse({ ...base, sendRatePerSecond: "" }).sendRatePerSecond).toBeNull();
    expect(schema.parse(base).sendRatePerSecond).toBeNull();
    const bad = schema.safeParse({ ...base, sendRatePerSecond: "fast" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["sendRatePerSecond", "validation.numbers.sendRate"],
    ]);
  });
});

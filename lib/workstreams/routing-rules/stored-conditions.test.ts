import { describe, expect, it } from "vitest";
import { parseStoredConditions } from "./stored-conditions";

describe("parseStoredConditions", () => {
  it("reads the stored JSON array", () => {
    const conditions = [
      { field: "messageText", operator: "contains", value: "refund" },
      { field: "customerNumber", operator: "startsWith", value: "+81" },
      { field: "language", operator: "is", value: "ja" },
      { field: "channel", operator: "is", value: "SMS" },
    ];
    expect(parseStoredConditions(JSON.stringify(conditions))).toEqual(conditions);
  });

  it("keeps a well-shaped condition whose value no longer validates (an invalid pattern never matches)", () => {
    const invalid = [{ field: "messageText", operator: "matches", value: "([" }];
    expect(parseStoredConditions(JSON.stringify(invalid))).toEqual(invalid);
  });

  it("never throws on broken data", () => {
    expect(parseStoredConditions("not json")).toEqual([]);
    expect(parseStoredConditions("{}")).toEqual([]);
    expect(
      parseStoredConditions(
        JSON.stringify([null, 1, { field: "mood", operator: "is", value: "x" }, { field: "language", operator: "contains", value: "ja" }]),
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { parseStringArray } from "./stored-json";

describe("parseStringArray", () => {
  it("keeps the strings of a stored array and reads anything else as empty", () => {
    expect(parseStringArray('["AVAILABLE","BUSY",3,null]')).toEqual(["AVAILABLE", "BUSY"]);
    expect(parseStringArray('{"a":1}')).toEqual([]);
    expect(parseStringArray("not json")).toEqual([]);
    expect(parseStringArray(null)).toEqual([]);
  });
});

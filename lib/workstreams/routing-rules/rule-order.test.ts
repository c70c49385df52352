import { describe, expect, it } from "vitest";
import { isSameRuleSet, moveItem } from "./rule-order";

describe("moveItem", () => {
  it("moves one item up or down without touching the input", () => {
    const items = ["a", "b", "c", "d"];
    expect(moveItem(items, 2, 1)).toEqual(["a", "c", "b", "d"]);
    expect(moveItem(items, 0, 3)).toEqual(["b", "c", "d", "a"]);
    expect(moveItem(items, 3, 0)).toEqual(["d", "a", "b", "c"]);
    expect(items).toEqual(["a", "b", "c", "d"]);
  });

  it("clamps the target and ignores an index outside the list", () => {
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 1, 5)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 4, 0)).toEqual(["a", "b"]);
  });
});

describe("isSameRuleSet", () => {
  it("accepts the same ids in another order", () => {
    expect(isSameRuleSet(["a", "b", "c"], ["c", "a", "b"])).toBe(true);
    expect(isSameRuleSet([], [])).toBe(true);
  });

  it("refuses a missing, extra or repeated id", () => {
    expect(isSameRuleSet(["a", "b"], ["a"])).toBe(false);
    expect(isSameRuleSet(["a", "b"], ["a", "b", "c"])).toBe(false);
    expect(isSameRuleSet(["a", "b"], ["a", "a"])).toBe(false);
    expect(isSameRuleSet(["a", "b"], ["a", "x"])).toBe(false);
  });
});

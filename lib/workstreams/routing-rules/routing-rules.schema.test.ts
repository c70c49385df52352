import { describe, expect, it } from "vitest";
import { blankCondition, CONDITION_FIELDS, OPERATORS_OF, reorderRoutingRulesSchema, saveRoutingRuleSchema } from "./routing-rules.schema";

const valid = {
  workstreamId: "ws",
  name: "Refunds",
  match: "all" as const,
  conditions: [{ field: "messageText" as const, operator: "contains" as const, value: "refund" }],
  queueId: "billing",
};
const pathsOf = (input: unknown) =>
  saveRoutingRuleSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("saveRoutingRuleSchema", () => {
  it("accepts a new rule and an edited one", () => {
    expect(saveRoutingRuleSchema.safeParse(valid).success).toBe(true);
    expect(saveRoutingRuleSchema.safeParse({ ...valid, ruleId: "r1" }).success).toBe(true);
  });

  it("reports each problem at the field it belongs to, with a catalog key", () => {
    expect(pathsOf({ ...valid, name: " ", queueId: "" })).toEqual([
      "name: validation.routing.nameRequired",
      "queueId: validation.routing.queueRequired",
    ]);
    expect(pathsOf({ ...valid, conditions: [] })).toEqual(["conditions: validation.routing.conditionsRequired"]);
    expect(pathsOf({ ...valid, conditions: [valid.conditions[0], { field: "messageText", operator: "matches", value: "([" }] })).toEqual([
      "conditions.1.value: validation.routing.invalidPattern",
    ]);
    expect(pathsOf({ ...valid, conditions: [blankCondition("channel")] })).toEqual([
      "conditions.0.value: validation.routing.valueRequired",
    ]);
  });
});

describe("blankCondition", () => {
  it("starts every field on its default comparison, with no value", () => {
    for (const field of CONDITION_FIELDS) expect(blankCondition(field)).toEqual({ field, operator: OPERATORS_OF[field][0], value: "" });
  });
});

describe("reorderRoutingRulesSchema", () => {
  it("refuses an id listed twice", () => {
    expect(reorderRoutingRulesSchema.safeParse({ workstreamId: "ws", ruleIds: ["a", "b"] }).success).toBe(true);
    expect(reorderRoutingRulesSchema.safeParse({ workstreamId: "ws", ruleIds: ["a", "a"] }).success).toBe(false);
  });
});

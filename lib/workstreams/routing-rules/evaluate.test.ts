import { describe, expect, it } from "vitest";
import {
  compilePattern,
  type Condition,
  evaluateRouting,
  type RoutedMessage,
  type Rule,
  routingRuleSchema,
  routingRulesSchema,
} from "./evaluate";

const sms: RoutedMessage = { text: "Hello, I need a REFUND please", customerNumber: "+81 90-1234-5678", language: "ja-JP", channel: "SMS" };
const rule = (id: string, conditions: Condition[], match: Rule["match"] = "all"): Rule => ({
  id,
  name: id,
  match,
  conditions,
  queueId: `queue-${id}`,
});
const matches = (condition: Condition, message: Partial<RoutedMessage> = {}) =>
  evaluateRouting({ rules: [rule("r", [condition])], fallbackQueueId: "fallback", message: { ...sms, ...message } }).ruleId === "r";

describe("evaluateRouting", () => {
  it("lets the first matching rule win, in order", () => {
    const rules = [
      rule("billing", [{ field: "messageText", operator: "contains", value: "invoice" }]),
      rule("refunds", [{ field: "messageText", operator: "contains", value: "refund" }]),
      rule("japan", [{ field: "language", operator: "is", value: "ja" }]),
    ];
    expect(evaluateRouting({ rules, fallbackQueueId: "fallback", message: sms })).toEqual({ queueId: "queue-refunds", ruleId: "refunds" });
  });

  it("falls back with ruleId null when nothing matches", () => {
    const rules = [rule("billing", [{ field: "messageText", operator: "contains", value: "invoice" }])];
    expect(evaluateRouting({ rules, fallbackQueueId: "fallback", message: sms })).toEqual({ queueId: "fallback", ruleId: null });
    expect(evaluateRouting({ rules: [], fallbackQueueId: "fallback", message: sms })).toEqual({ queueId: "fallback", ruleId: null });
  });

  it("combines conditions with all / any; a rule without conditions never matches", () => {
    const conditions: Condition[] = [
      { field: "channel", operator: "is", value: "WHATSAPP" },
      { field: "language", operator: "is", value: "ja" },
    ];
    const route = (rules: Rule[]) => evaluateRouting({ rules, fallbackQueueId: "fallback", message: sms }).ruleId;
    expect(route([rule("all", conditions, "all")])).toBeNull();
    expect(route([rule("any", conditions, "any")])).toBe("any");
    expect(route([rule("empty-all", [], "all"), rule("empty-any", [], "any")])).toBeNull();
  });
});

describe("message text conditions", () => {
  it("contains / equals: case-insensitive, NFKC, trimmed — but not accent-insensitive", () => {
    expect(matches({ field: "messageText", operator: "contains", value: "Refund" })).toBe(true);
    expect(matches({ field: "messageText", operator: "contains", value: "stop" }, { text: "ＳＴＯＰ" })).toBe(true);
    expect(matches({ field: "messageText", operator: "contains", value: "ガ" }, { text: "ｶﾞｽ料金" })).toBe(true);
    expect(matches({ field: "messageText", operator: "equals", value: "billing" }, { text: "  BILLING " })).toBe(true);
    expect(matches({ field: "messageText", operator: "equals", value: "billing" }, { text: "billing please" })).toBe(false);
    expect(matches({ field: "messageText", operator: "contains", value: "año" }, { text: "ano nuevo" })).toBe(false);
    expect(matches({ field: "messageText", operator: "contains", value: "" })).toBe(false);
  });

  it("matches: a case-insensitive regular expression", () => {
    expect(matches({ field: "messageText", operator: "matches", value: "^hello\\b" })).toBe(true);
    expect(matches({ field: "messageText", operator: "matches", value: "order\\s*#?\\d{5}" }, { text: "ORDER #12345 late" })).toBe(true);
    expect(matches({ field: "messageText", operator: "matches", value: "\\d{3}" }, { text: "注文１２３" })).toBe(true); // full-width digits
    expect(matches({ field: "messageText", operator: "matches", value: "^.$" }, { text: "👍" })).toBe(true);
  });

  it("runs in linear time: a catastrophic-backtracking pattern answers at once on adversarial text", () => {
    const pattern = "^(\\w+\\s?)+$";
    // Under a backtracking engine each added character doubled the time (28 characters: 8 s).
    expect(matches({ field: "messageText", operator: "matches", value: pattern }, { text: `${"a".repeat(5000)}!` })).toBe(false);
    expect(matches({ field: "messageText", operator: "matches", value: pattern }, { text: "ab ".repeat(1666) })).toBe(true);
    expect(matches({ field: "messageText", operator: "matches", value: "(a|aa)+$" }, { text: `${"a".repeat(5000)}b` })).toBe(false);
  });

  it("accepts JavaScript escapes and named groups", () => {
    expect(matches({ field: "messageText", operator: "matches", value: "caf\\u00e9" }, { text: "CAFÉ?" })).toBe(true);
    expect(matches({ field: "messageText", operator: "matches", value: "(?<order>\\d{5})" }, { text: "order 12345" })).toBe(true);
  });

  it("a pattern with a construct RE2 can't run never matches", () => {
    expect(compilePattern("(\\w)\\1")).toBeNull();
    expect(compilePattern("(?<=order )\\d+")).toBeNull();
    expect(compilePattern("x".repeat(501))).toBeNull();
  });

  it("an invalid pattern never matches and never throws", () => {
    expect(() => matches({ field: "messageText", operator: "matches", value: "(unclosed" })).not.toThrow();
    expect(matches({ field: "messageText", operator: "matches", value: "(unclosed" })).toBe(false);
    expect(compilePattern("[")).toBeNull();
    expect(compilePattern("")).toBeNull();
  });
});

describe("customer number, language and channel conditions", () => {
  it("compares number prefixes on digits, with or without +", () => {
    expect(matches({ field: "customerNumber", operator: "startsWith", value: "+81" })).toBe(true);
    expect(matches({ field: "customerNumber", operator: "startsWith", value: "8190" })).toBe(true);
    expect(matches({ field: "customerNumber", operator: "startsWith", value: "+1" })).toBe(false);
    expect(matches({ field: "customerNumber", operator: "startsWith", value: "+44 7" }, { customerNumber: "whatsapp:+447700900123" })).toBe(
      true,
    );
    expect(matches({ field: "customerNumber", operator: "startsWith", value: "+" })).toBe(false);
  });

  it("matches a language on its primary subtag, case- and separator-insensitively", () => {
    expect(matches({ field: "language", operator: "is", value: "ja" })).toBe(true);
    expect(matches({ field: "language", operator: "is", value: "JA_jp" })).toBe(true);
    expect(matches({ field: "language", operator: "is", value: "j" })).toBe(false);
    expect(matches({ field: "language", operator: "is", value: "pt-BR" }, { language: "pt" })).toBe(false);
    expect(matches({ field: "language", operator: "is", value: "ja" }, { language: null })).toBe(false);
  });

  it("matches the channel exactly", () => {
    expect(matches({ field: "channel", operator: "is", value: "SMS" })).toBe(true);
    expect(matches({ field: "channel", operator: "is", value: "WHATSAPP" })).toBe(false);
  });
});

describe("routingRuleSchema: patterns", () => {
  const patternIssues = (value: string) =>
    routingRuleSchema
      .safeParse(rule("r1", [{ field: "messageText", operator: "matches", value }]))
      .error?.issues.map((issue) => issue.message) ?? [];

  it("refuses what RE2 can't run, naming the construct", () => {
    expect(patternIssues("(\\w+) \\1")).toEqual(["validation.routing.patternBackreference"]);
    expect(patternIssues("(?<word>\\w+) \\k<word>")).toEqual(["validation.routing.patternBackreference"]);
    expect(patternIssues("(?<=order )\\d+")).toEqual(["validation.routing.patternLookbehind"]);
    expect(patternIssues("(?<!no )refund")).toEqual(["validation.routing.patternLookbehind"]);
    expect(patternIssues("refund(?! policy)")).toEqual(["validation.routing.patternLookahead"]);
    expect(patternIssues("(?=.*refund)")).toEqual(["validation.routing.patternLookahead"]);
  });

  it("takes escaped and bracketed look-alikes as plain characters", () => {
    expect(patternIssues("[(?=]")).toEqual([]);
    expect(patternIssues("\\(?=")).toEqual([]);
    expect(patternIssues("^(\\w+\\s?)+$")).toEqual([]);
  });

  it("bounds a value's length before compiling it", () => {
    expect(patternIssues("a".repeat(500))).toEqual([]);
    expect(patternIssues(`(${"a".repeat(100_000)}`)).toEqual(["validation.routing.valueTooLong"]);
  });
});

describe("routingRuleSchema", () => {
  const valid: Rule = rule("r1", [{ field: "messageText", operator: "matches", value: "refund|return" }]);
  const issues = (input: unknown) => {
    const result = routingRuleSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => [issue.path, issue.message]);
  };

  it("accepts a valid rule and a list of them", () => {
    expect(routingRuleSchema.parse(valid)).toEqual(valid);
    expect(routingRulesSchema.safeParse([valid, { ...valid, id: "r2" }]).success).toBe(true);
  });

  it("requires a name, a queue and at least one condition", () => {
    expect(issues({ ...valid, name: "  ", queueId: "", conditions: [] })).toEqual([
      [["name"], "validation.routing.nameRequired"],
      [["conditions"], "validation.routing.conditionsRequired"],
      [["queueId"], "validation.routing.queueRequired"],
    ]);
  });

  it("allows at most 50 conditions", () => {
    const condition: Condition = { field: "channel", operator: "is", value: "SMS" };
    expect(issues({ ...valid, conditions: Array(50).fill(condition) })).toEqual([]);
    expect(issues({ ...valid, conditions: Array(51).fill(condition) })).toEqual([[["conditions"], "validation.routing.tooManyConditions"]]);
  });

  it("checks each condition's value on its own field", () => {
    const conditions = [
      { field: "messageText", operator: "contains", value: " " },
      { field: "messageText", operator: "matches", value: "(unclosed" },
      { field: "customerNumber", operator: "startsWith", value: "+" },
      { field: "language", operator: "is", value: "not a language" },
      { field: "channel", operator: "is", value: "" },
    ];
    expect(issues({ ...valid, conditions })).toEqual([
      [["conditions", 0, "value"], "validation.routing.valueRequired"],
      [["conditions", 1, "value"], "validation.routing.invalidPattern"],
      [["conditions", 2, "value"], "validation.routing.valueRequired"],
      [["conditions", 3, "value"], "validation.routing.invalidLanguage"],
      [["conditions", 4, "value"], "validation.routing.valueRequired"],
    ]);
  });
});

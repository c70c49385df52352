// Work classification (SPEC §2): a workstream's ordered routing rules look at an inbound message and
// pick a queue; the first rule that matches wins, otherwise the workstream's fallback queue.
import { z } from "zod";
import { MAX_ID_LENGTH } from "@/lib/text-limits";
import { checkPattern, compilePattern, MAX_CONDITION_VALUE_LENGTH, type PatternProblem } from "./pattern";

export { compilePattern, MAX_CONDITION_VALUE_LENGTH };

export type Channel = "SMS" | "WHATSAPP";
export type Condition =
  | { field: "messageText"; operator: "contains" | "matches" | "equals"; value: string }
  | { field: "customerNumber"; operator: "startsWith"; value: string }
  | { field: "language"; operator: "is"; value: string }
  | { field: "channel"; operator: "is"; value: Channel };
export type Rule = { id: string; name: string; match: "all" | "any"; conditions: Condition[]; queueId: string };
export type RoutedMessage = { text: string; customerNumber: string; language: string | null; channel: Channel };
export type RoutingResult = { queueId: string; ruleId: string | null };

export const MAX_CONDITIONS_PER_RULE = 50;

/** `ruleId` null means no rule matched and the message goes to the fallback queue. */
export function evaluateRouting(options: { rules: readonly Rule[]; fallbackQueueId: string; message: RoutedMessage }): RoutingResult {
  const rule = options.rules.find((candidate) => ruleMatches(candidate, options.message));
  return rule ? { queueId: rule.queueId, ruleId: rule.id } : { queueId: options.fallbackQueueId, ruleId: null };
}

/**
 * A rule without conditions never matches: "all of nothing" would otherwise swallow every message
 * into one queue, and the schema refuses such rules anyway.
 */
export function ruleMatches(rule: Rule, message: RoutedMessage): boolean {
  if (rule.conditions.length === 0) return false;
  const test = (condition: Condition) => conditionMatches(condition, message);
  return rule.match === "all" ? rule.conditions.every(test) : rule.conditions.some(test);
}

/**
 * Text comparisons are case-insensitive on NFKC-normalized text, so full-width "ＳＴＯＰ" or
 * half-width "ｶﾞ" match what the admin typed. They are not accent-insensitive: accents and kana
 * marks change meaning ("año"/"ano", "は"/"ば"). An empty value never matches rather than matching all.
 */
export function conditionMatches(condition: Condition, message: RoutedMessage): boolean {
  switch (condition.field) {
    case "messageText": {
      if (condition.operator === "matches") {
        const pattern = compilePattern(condition.value);
        return pattern !== null && pattern.test(message.text.normalize("NFKC"));
      }
      const value = foldText(condition.value);
      if (value === "") return false;
      const text = foldText(message.text);
      return condition.operator === "equals" ? text === value : text.includes(value);
    }
    case "customerNumber": {
      // Digits only: "+81 90…", "81-90…" and "whatsapp:+8190…" are the same prefix.
      const prefix = digitsOf(condition.value);
      return prefix !== "" && digitsOf(message.customerNumber).startsWith(prefix);
    }
    case "language": {
      // "ja" matches "ja-JP"; a regional rule ("pt-BR") does not match a bare "pt".
      if (message.language === null) return false;
      const wanted = foldTag(condition.value);
      const actual = foldTag(message.language);
      return wanted !== "" && (actual === wanted || actual.startsWith(`${wanted}-`));
    }
    case "channel":
      return message.channel === condition.value;
  }
}

/** Trimmed too, so "Billing " from a phone keyboard equals "billing". */
function foldText(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}

function foldTag(tag: string): string {
  return tag.trim().replaceAll("_", "-").toLowerCase();
}

function digitsOf(value: string): string {
  return value.normalize("NFKC").replace(/\D/g, "");
}

const key = (code: string) => `validation.routing.${code}`;
// The bound aborts, so the checks after it (compiling a pattern, above all) only see short values.
const boundedValue = z.string().max(MAX_CONDITION_VALUE_LENGTH, { message: key("valueTooLong"), abort: true });
const requiredValue = boundedValue.refine((value) => value.trim() !== "", key("valueRequired"));

const PATTERN_MESSAGES: Record<PatternProblem, string> = {
  invalid: key("invalidPattern"),
  backreference: key("patternBackreference"),
  lookahead: key("patternLookahead"),
  lookbehind: key("patternLookbehind"),
};

// Values are kept as typed (not trimmed): a leading space can be meaningful in a pattern.
const conditionSchema = z.discriminatedUnion("field", [
  z
    .object({
      field: z.literal("messageText"),
      operator: z.enum(["contains", "matches", "equals"]),
      value: requiredValue,
    })
    .superRefine((condition, ctx) => {
      if (condition.operator !== "matches" || condition.value.trim() === "") return;
      const problem = checkPattern(condition.value);
      if (problem) ctx.addIssue({ code: "custom", path: ["value"], message: PATTERN_MESSAGES[problem] });
    }),
  z.object({
    field: z.literal("customerNumber"),
    operator: z.literal("startsWith"),
    value: boundedValue.refine((value) => digitsOf(value) !== "", key("valueRequired")),
  }),
  z.object({
    field: z.literal("language"),
    operator: z.literal("is"),
    value: requiredValue.refine((value) => value.trim() === "" || isLanguageTag(value), key("invalidLanguage")),
  }),
  z.object({ field: z.literal("channel"), operator: z.literal("is"), value: z.enum(["SMS", "WHATSAPP"], key("valueRequired")) }),
]);

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value.trim().replaceAll("_", "-")).length === 1;
  } catch {
    return false;
  }
}

export const routingRuleSchema = z.object({
  id: z.string().max(MAX_ID_LENGTH),
  name: z.string().trim().min(1, key("nameRequired")).max(100, "validation.tooLong"),
  match: z.enum(["all", "any"]),
  conditions: z.array(conditionSchema).min(1, key("conditionsRequired")).max(MAX_CONDITIONS_PER_RULE, key("tooManyConditions")),
  queueId: z.string().trim().min(1, key("queueRequired")).max(MAX_ID_LENGTH),
}) satisfies z.ZodType<Rule>;

/** In evaluation order. */
export const routingRulesSchema = z.array(routingRuleSchema);

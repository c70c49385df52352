// Conditions are stored as a JSON string (RoutingRule.conditions). Reading them back must never
// throw and never widen a rule: dropping one condition of an "all" rule would make it match more,
// so a condition is kept whenever its shape is right, even if its value no longer validates (an
// invalid pattern simply never matches; the rule dialog reports it on the next save).
import type { Condition } from "@/lib/workstreams/routing-rules/evaluate";
import { OPERATORS_OF } from "./routing-rules.schema";

export function parseStoredConditions(json: string): Condition[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(isConditionShape);
}

function isConditionShape(value: unknown): value is Condition {
  if (!value || typeof value !== "object") return false;
  const { field, operator, value: text } = value as Record<string, unknown>;
  if (typeof field !== "string" || !Object.hasOwn(OPERATORS_OF, field) || typeof text !== "string") return false;
  return (OPERATORS_OF[field as keyof typeof OPERATORS_OF] as readonly unknown[]).includes(operator);
}

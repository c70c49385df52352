// Schemas carry catalog keys as messages ("validation.email"); this turns a zod issue into the
// user's language. Issues without a key fall back to a generic message by issue kind.
import type { z } from "zod";

type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

export function zodIssueKey(issue: Pick<z.core.$ZodIssue, "code" | "message"> & { input?: unknown }): string {
  if (issue.message.startsWith("validation.")) return issue.message;
  if (issue.code === "invalid_type" && (issue.input === undefined || issue.input === null)) return "validation.required";
  if (issue.code === "too_small") return "validation.required";
  return "validation.invalid";
}

export function translateIssue(t: Translate, issue: Parameters<typeof zodIssueKey>[0]): string {
  const key = zodIssueKey(issue);
  return t.has(key) ? t(key) : t("validation.invalid");
}

/** First message per top-level field; nested paths join with dots (e.g. "numbers.0.value"). */
export function fieldErrorsFromIssues(t: Translate, issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "form";
    errors[field] ??= translateIssue(t, issue);
  }
  return errors;
}

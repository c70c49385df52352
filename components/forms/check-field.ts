// For a small form kept in plain React state instead of react-hook-form (decision 039): the zod schema's
// verdict on one field, as the FieldError that useErrorText() shows (the issue's message is a catalog key).
// The schema module (and zod) is loaded on first use, as with lazyZodResolver; the action checks again.
import type { FieldError } from "react-hook-form";

type Schema = {
  safeParse: (value: unknown) => { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

export async function checkField(load: () => Promise<Schema>, values: object, field: string): Promise<FieldError | undefined> {
  const parsed = (await load()).safeParse(values);
  const issue = parsed.success ? undefined : parsed.error.issues.find((item) => item.path[0] === field);
  return issue ? { type: "validation", message: issue.message } : undefined;
}

// For a small form kept in plain React state instead of react-hook-form (decision 039): the zod schema's
// verdict per field, as the FieldError that useErrorText() shows (an issue's message is a catalog key).
// The schema module (and zod) is loaded on first use, as with lazyZodResolver; the action checks again.
import type { FieldError } from "react-hook-form";

type Schema = {
  safeParse: (value: unknown) => { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

/** The first issue of each top-level field; an empty object when the values pass. */
export async function checkFields(load: () => Promise<Schema>, values: object): Promise<Partial<Record<string, FieldError>>> {
  const parsed = (await load()).safeParse(values);
  const errors: Partial<Record<string, FieldError>> = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    errors[field] ??= { type: "validation", message: issue.message };
  }
  return errors;
}

/** A server action's field errors (already translated) as FieldErrors. */
export function serverFieldErrors(fieldErrors: Record<string, string> | undefined): Partial<Record<string, FieldError>> {
  return Object.fromEntries(Object.entries(fieldErrors ?? {}).map(([field, message]) => [field, { type: "server", message }]));
}

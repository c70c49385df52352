// For a small form kept in plain React state instead of react-hook-form (decision 039): the zod schema's
// verdict per field, as the FieldError that useErrorText() shows (an issue's message is a catalog key).
// The schema module (and zod) is loaded on first use, as with lazyZodResolver; the action checks again.
import type { FieldError } from "react-hook-form";

type Schema<Output> = {
  safeParse: (
    value: unknown,
  ) => { success: true; data: Output } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};
export type FieldErrorMap = Partial<Record<string, FieldError>>;

/** The schema's output (trimmed, coerced) when the values pass, else the first issue of each top-level field. */
export async function parseFields<Output>(
  load: () => Promise<Schema<Output>>,
  values: object,
): Promise<{ data: Output; errors?: undefined } | { data?: undefined; errors: FieldErrorMap }> {
  const parsed = (await load()).safeParse(values);
  if (parsed.success) return { data: parsed.data };
  const errors: FieldErrorMap = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    errors[field] ??= { type: "validation", message: issue.message };
  }
  return { errors };
}

/** The first issue of each top-level field; an empty object when the values pass. */
export async function checkFields<Output>(load: () => Promise<Schema<Output>>, values: object): Promise<FieldErrorMap> {
  return (await parseFields(load, values)).errors ?? {};
}

/** A server action's field errors (already translated) as FieldErrors. */
export function serverFieldErrors(fieldErrors: Record<string, string> | undefined): FieldErrorMap {
  return Object.fromEntries(Object.entries(fieldErrors ?? {}).map(([field, message]) => [field, { type: "server", message }]));
}

// The editor's react-hook-form instance type and a reader for nested errors, shared by its parts.
import { get, type FieldError, type UseFormReturn } from "react-hook-form";
import type { OperatingHoursFormInput, OperatingHoursFormOutput } from "@/lib/workstreams/operating-hours/operating-hours.schema";

export type EditorForm = UseFormReturn<OperatingHoursFormInput, unknown, OperatingHoursFormOutput>;

/**
 * The error at a dotted path. An array field's own error (e.g. "exceptions.0.intervals") comes from
 * the resolver under `.root` and from a server answer on the path itself; both are read.
 */
export function errorAt(form: EditorForm, path: string): FieldError | undefined {
  const error = get<typeof form.formState.errors, (FieldError & { root?: FieldError }) | undefined>(form.formState.errors, path);
  if (!error) return undefined;
  if (error.message) return error;
  return error.root?.message ? error.root : undefined;
}

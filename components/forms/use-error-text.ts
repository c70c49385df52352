"use client";
import { useTranslations } from "next-intl";
import type { FieldError, FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionFailure } from "@/lib/actions/result";

/**
 * Client-side zod errors carry catalog keys ("validation.email"); errors set from a server action
 * result are already translated (type "server"). This returns the text to show either way.
 */
export function useErrorText() {
  const t = useTranslations();
  return (error: FieldError | undefined): string | undefined => {
    if (!error?.message) return undefined;
    if (error.type === "server") return error.message;
    return t.has(error.message) ? t(error.message) : t("validation.invalid");
  };
}

/** Puts a failed action's field errors on their inputs; returns the message for the form banner. */
export function applyActionFailure<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown> | UseFormReturn<T>,
  failure: ActionFailure,
): string {
  let focused = false;
  for (const [field, message] of Object.entries(failure.fieldErrors ?? {})) {
    form.setError(field as Path<T>, { type: "server", message }, { shouldFocus: !focused });
    focused = true;
  }
  return failure.error;
}

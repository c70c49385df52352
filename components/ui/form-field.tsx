import * as React from "react";

import { cn } from "@/lib/utils";
import { Label } from "@/components/ui/label";

/** id of the description element rendered by `<FormField htmlFor={id}>`. */
function fieldDescriptionId(id: string) {
  return `${id}-description`;
}

/** id of the (aria-live) error message container rendered by `<FormField htmlFor={id}>`. */
function fieldErrorId(id: string) {
  return `${id}-error`;
}

/**
 * Accessibility props for the control wrapped by `<FormField htmlFor={id}>`:
 *
 *   <Input id="email" {...register("email")} {...fieldA11y("email", !!errors.email, true)} />
 *
 * `aria-describedby` points at the description (when `hasDescription`) and at
 * the error message (when `hasError`); `aria-invalid` is set only on error.
 */
function fieldA11y(
  id: string,
  hasError: boolean,
  hasDescription = false,
): { "aria-invalid": true | undefined; "aria-describedby": string | undefined } {
  const describedBy = [hasDescription ? fieldDescriptionId(id) : null, hasError ? fieldErrorId(id) : null].filter(Boolean).join(" ");

  return {
    "aria-invalid": hasError ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
}

type FormFieldProps = Omit<React.ComponentProps<"div">, "children"> & {
  /** Label text (already translated). */
  label: React.ReactNode;
  /** id of the control; the label points at it. */
  htmlFor: string;
  /** Help text shown under the control (already translated). */
  description?: React.ReactNode;
  /** Error message (already translated); falsy = no error. */
  error?: React.ReactNode;
  children: React.ReactNode;
};

function FormField({ label, htmlFor, description, error, className, children, ...props }: FormFieldProps) {
  const hasError = Boolean(error);

  return (
    <div
      data-slot="form-field"
      data-invalid={hasError || undefined}
      className={cn("grid grid-cols-[minmax(0,1fr)] gap-2", className)}
      {...props}
    >
      <Label htmlFor={htmlFor} data-error={hasError} className="data-[error=true]:text-destructive">
        {label}
      </Label>
      {children}
      {description ? (
        <p id={fieldDescriptionId(htmlFor)} data-slot="form-description" className="text-muted-foreground text-sm">
          {description}
        </p>
      ) : null}
      {/* Always mounted so screen readers pick up changes; collapses when empty. */}
      <div id={fieldErrorId(htmlFor)} data-slot="form-message" aria-live="polite" className="text-destructive text-sm empty:-mt-2">
        {hasError ? error : null}
      </div>
    </div>
  );
}

export { FormField, fieldA11y, fieldDescriptionId, fieldErrorId };
export type { FormFieldProps };

"use client";
// A radio group drawn as cards (native radios: keyboard and screen readers work as for any radio group).
import type { InputHTMLAttributes } from "react";
import { cn } from "@/lib/utils";

type Option = { value: string; label: string; description?: string; disabled?: boolean };
type Props = { legend: string; name: string; options: Option[]; error?: string; errorId?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "type" | "name"
>;

// `defaultValue` is the group's (react-hook-form's register gives it, components/forms/use-form.ts): the
// radio of that value is checked in the server's HTML.
export function ChoiceCards({ legend, name, options, error, errorId, className, defaultValue, ...inputProps }: Props) {
  return (
    <fieldset className={cn("flex flex-col gap-2", className)} aria-describedby={error ? errorId : undefined}>
      <legend className={cn("mb-2 text-sm font-medium", error && "text-destructive")}>{legend}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "flex cursor-pointer gap-3 rounded-lg border p-4 text-sm has-[:checked]:border-primary has-[:checked]:ring-1 has-[:checked]:ring-primary has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              option.disabled && "cursor-not-allowed opacity-60",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              disabled={option.disabled}
              defaultChecked={defaultValue === undefined ? undefined : defaultValue === option.value}
              className="mt-0.5 size-4 accent-primary"
              {...inputProps}
            />
            <span className="flex flex-col gap-1">
              <span className="font-medium">{option.label}</span>
              {option.description ? <span className="text-muted-foreground">{option.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <div id={errorId} aria-live="polite" className="text-sm text-destructive empty:hidden">
        {error}
      </div>
    </fieldset>
  );
}

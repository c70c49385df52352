import * as React from "react";

import { cn } from "@/lib/utils";

type CheckboxProps = Omit<React.ComponentProps<"input">, "type" | "checked" | "onChange"> & {
  checked?: boolean;
  onCheckedChange?: (checked: boolean) => void;
};

/**
 * shadcn/ui's checkbox look on a native `<input type="checkbox">` rather than Radix Checkbox (a button
 * with role="checkbox", ~4 kB gzip on every form page that has one: decision 040). The check mark is
 * drawn by app/globals.css ([data-slot="checkbox"]::before). As with Radix, Enter does not toggle it and
 * does not submit the form; Space toggles it.
 */
function Checkbox({ className, onCheckedChange, onKeyDown, ...props }: CheckboxProps) {
  return (
    <input
      type="checkbox"
      data-slot="checkbox"
      className={cn(
        "peer border-input dark:bg-input/30 checked:bg-primary checked:text-primary-foreground dark:checked:bg-primary checked:border-primary focus-visible:border-ring focus-visible:ring-ring/50 aria-invalid:ring-destructive/20 dark:aria-invalid:ring-destructive/40 aria-invalid:border-destructive m-0 grid size-4 shrink-0 appearance-none place-content-center rounded-[4px] border shadow-xs transition-shadow outline-none focus-visible:ring-[3px] disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      onChange={(event) => onCheckedChange?.(event.target.checked)}
      onKeyDown={(event) => {
        if (event.key === "Enter") event.preventDefault();
        onKeyDown?.(event);
      }}
      {...props}
    />
  );
}

export { Checkbox };

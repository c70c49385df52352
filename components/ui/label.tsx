import * as React from "react";

import { cn } from "@/lib/utils";

/**
 * shadcn/ui's label on a native `<label>`. Radix Label only adds a handler that stops a double click from
 * selecting the label's text, which `select-none` already does; it cost its Primitive and Slot modules
 * (~1 kB gzip) on every form page (decision 040).
 */
function Label({ className, ...props }: React.ComponentProps<"label">) {
  return (
    // eslint-disable-next-line jsx-a11y/label-has-associated-control -- callers give htmlFor (FormField) or wrap the control
    <label
      data-slot="label"
      className={cn(
        "flex items-center gap-2 text-sm leading-none font-medium select-none group-data-[disabled=true]:pointer-events-none group-data-[disabled=true]:opacity-50 peer-disabled:cursor-not-allowed peer-disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}

export { Label };

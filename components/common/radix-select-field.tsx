"use client";
// The Radix select behind LazySelect (components/common/lazy-select.tsx), loaded on first use.
import { useState } from "react";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { LoadedSelectProps } from "./lazy-select";

export function RadixSelectField({
  id,
  options,
  value,
  onChange,
  defaultValue,
  name,
  placeholder,
  className,
  defaultOpen,
  ...rest
}: LoadedSelectProps) {
  // Uncontrolled (a GET filter form) keeps its own choice, so the trigger shows what was picked.
  const [picked, setPicked] = useState(defaultValue);
  const current = value ?? picked;
  return (
    <Select
      value={current}
      onValueChange={(next) => {
        setPicked(next);
        onChange?.(next);
      }}
      name={name}
      defaultOpen={defaultOpen}
      disabled={rest.disabled}
    >
      <SelectTrigger id={id} className={className} aria-invalid={rest["aria-invalid"]} aria-describedby={rest["aria-describedby"]}>
        {/* Children render the label on the server too, before Radix has mounted the options. */}
        <SelectValue placeholder={placeholder}>{options.find((option) => option.value === current)?.label}</SelectValue>
      </SelectTrigger>
      <SelectContent>
        {options.map((option) => (
          <SelectItem key={option.value} value={option.value}>
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

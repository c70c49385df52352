"use client";
// A labelled select for GET filter forms: Radix renders a hidden native <select name=…>, so the
// choice travels in the URL like any other field.
import { useId } from "react";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

export const ALL = "all";

export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  const selected = options.find((option) => option.value === (value ?? ALL)) ?? options[0];
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select name={name} defaultValue={selected?.value}>
        <SelectTrigger id={id} className="w-48">
          {/* Children render the label on the server too, before Radix has mounted the options. */}
          <SelectValue>{selected?.label}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          {options.map((option) => (
            <SelectItem key={option.value} value={option.value}>
              {option.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}

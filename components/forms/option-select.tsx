"use client";
// A select for react-hook-form Controllers: shows the chosen option's label even before Radix mounts.
import { fieldA11y } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  invalid: boolean;
  placeholder?: string;
};

export function OptionSelect({ id, value, onChange, options, invalid, placeholder }: Props) {
  return (
    <Select value={value} onValueChange={onChange}>
      <SelectTrigger id={id} className="w-full" {...fieldA11y(id, invalid)}>
        <SelectValue placeholder={placeholder}>{options.find((option) => option.value === value)?.label}</SelectValue>
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

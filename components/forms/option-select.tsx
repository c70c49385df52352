"use client";
// A select for react-hook-form Controllers: shows the chosen option's label before Radix loads (on first
// use: components/common/lazy-select.tsx).
import { LazySelect } from "@/components/common/lazy-select";
import { fieldA11y } from "@/components/ui/form-field";

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
    <LazySelect
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={placeholder}
      className="w-full"
      {...fieldA11y(id, invalid)}
    />
  );
}

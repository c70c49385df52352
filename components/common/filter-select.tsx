"use client";
// A labelled select for GET filter forms: the choice travels in the URL like any other field (a hidden
// input until the select is first opened, then Radix's own hidden native <select name=…>). The Radix code
// loads on first use (components/common/lazy-select.tsx).
import { useId } from "react";
import { LazySelect } from "@/components/common/lazy-select";
import { Label } from "@/components/ui/label";

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
      <LazySelect id={id} name={name} defaultValue={selected?.value} options={options} className="w-48" />
    </div>
  );
}

"use client";
import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";

type Props = {
  id: string;
  label: string;
  description?: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  error?: string;
};

/** A labelled switch with its hint and error underneath (the wizard's on/off settings). */
export function ToggleField({ id, label, description, checked, onCheckedChange, error }: Props) {
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex items-start gap-3">
      <Switch
        id={id}
        checked={checked}
        onCheckedChange={onCheckedChange}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="mt-0.5"
      />
      <div className="flex flex-col gap-1">
        <Label htmlFor={id}>{label}</Label>
        {description ? (
          <p id={`${id}-description`} className="text-sm text-muted-foreground">
            {description}
          </p>
        ) : null}
        <p id={`${id}-error`} aria-live="polite" className="text-sm text-destructive empty:hidden">
          {error}
        </p>
      </div>
    </div>
  );
}

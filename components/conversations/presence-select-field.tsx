"use client";
// The Radix select behind PresenceSelect (presence-select.tsx), loaded on first use (decision 039).
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { Presence } from "@/lib/conversations/conversations.constants";
import { PRESENCES } from "@/lib/workstreams/workstreams.constants";
import type { ReactNode } from "react";

export type PresenceFieldProps = {
  id: string;
  value: Presence;
  onChange: (next: string) => void;
  disabled: boolean;
  option: (value: Presence) => ReactNode;
  className: string;
  defaultOpen: boolean;
};

export function PresenceSelectField({ id, value, onChange, disabled, option, className, defaultOpen }: PresenceFieldProps) {
  return (
    <Select value={value} onValueChange={onChange} disabled={disabled} defaultOpen={defaultOpen}>
      <SelectTrigger id={id} className={className}>
        <SelectValue>{option(value)}</SelectValue>
      </SelectTrigger>
      <SelectContent>
        {PRESENCES.map((presence) => (
          <SelectItem key={presence} value={presence}>
            {option(presence)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

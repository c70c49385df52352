"use client";
// A table or list row's ⋯ menu: one icon button named after the row, opening its actions. Items are
// data (a falsy entry is left out), so a row lists only what applies to it.
import { MoreHorizontal } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

export type RowAction = { label: string; destructive?: boolean } & ({ onSelect: () => void } | { href: string });

type Props = {
  /** The button's accessible name, naming the row ("Actions for +1 425…"). */
  label: string;
  actions: readonly (RowAction | false | null | undefined)[];
  disabled?: boolean;
  size?: "icon" | "icon-sm";
};

export function RowActionsMenu({ label, actions, disabled, size = "icon" }: Props) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button type="button" variant="ghost" size={size} aria-label={label} disabled={disabled}>
          <MoreHorizontal aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {actions.map((action) =>
          !action ? null : "href" in action ? (
            <DropdownMenuItem key={action.label} asChild variant={action.destructive ? "destructive" : "default"}>
              <Link href={action.href}>{action.label}</Link>
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem key={action.label} variant={action.destructive ? "destructive" : "default"} onSelect={action.onSelect}>
              {action.label}
            </DropdownMenuItem>
          ),
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

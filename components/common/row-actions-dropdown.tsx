"use client";
// The ⋯ menu itself, loaded when first used (components/common/row-actions-menu.tsx).
import Link from "next/link";
import type { LazyPopupProps } from "@/components/common/lazy-popup";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { RowAction } from "./row-actions-menu";

export function RowActionsDropdown({
  trigger,
  defaultOpen,
  actions,
}: LazyPopupProps & { actions: readonly (RowAction | false | null | undefined)[] }) {
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
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

"use client";
// A table or list row's ⋯ menu: one icon button named after the row, opening its actions. Items are
// data (a falsy entry is left out), so a row lists only what applies to it. The menu's code
// (components/common/row-actions-dropdown.tsx) loads when a row's menu is first used (decision 027).
import { MoreHorizontal } from "lucide-react";
import { LazyPopup } from "@/components/common/lazy-popup";
import { Button } from "@/components/ui/button";

export type RowAction = { label: string; destructive?: boolean } & ({ onSelect: () => void } | { href: string });

type Props = {
  /** The button's accessible name, naming the row ("Actions for +1 425…"). */
  label: string;
  actions: readonly (RowAction | false | null | undefined)[];
  disabled?: boolean;
  size?: "icon" | "icon-sm";
};

const loadMenu = () => import("./row-actions-dropdown").then((module) => module.RowActionsDropdown);

export function RowActionsMenu({ label, actions, disabled, size = "icon" }: Props) {
  return (
    <LazyPopup
      load={loadMenu}
      props={{ actions }}
      trigger={
        <Button type="button" variant="ghost" size={size} aria-label={label} disabled={disabled}>
          <MoreHorizontal aria-hidden="true" />
        </Button>
      }
    />
  );
}

"use client";
// The header's account button; its menu (components/shell/user-menu-content.tsx) loads when first used.
import { ChevronDown, UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { LazyPopup } from "@/components/common/lazy-popup";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/auth/permissions";

const loadMenu = () => import("./user-menu-content").then((module) => module.UserMenuContent);

export function UserMenu({ name, email, role }: { name: string; email: string; role: Role }) {
  const t = useTranslations();
  return (
    <LazyPopup
      load={loadMenu}
      props={{ name, email, role }}
      trigger={
        <Button variant="ghost" size="sm" aria-label={t("shell.accountMenu", { name })}>
          {/* Phones: an icon; the name is in the label and the menu. */}
          <UserRound aria-hidden="true" className="sm:hidden" />
          <span className="max-w-40 truncate max-sm:hidden">{name}</span>
          <ChevronDown aria-hidden="true" />
        </Button>
      }
    />
  );
}

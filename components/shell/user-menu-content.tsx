"use client";
// The account menu itself, loaded when first used (components/shell/user-menu.tsx).
import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import type { LazyPopupProps } from "@/components/common/lazy-popup";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toast";
import { signOutAction } from "@/lib/auth/actions";
import type { Role } from "@/lib/auth/permissions";

export function UserMenuContent({ trigger, defaultOpen, name, email, role }: LazyPopupProps & { name: string; email: string; role: Role }) {
  const t = useTranslations();
  const [isPending, startTransition] = useTransition();

  function signOut() {
    startTransition(async () => {
      const result = await signOutAction({});
      if (result && !result.ok) toast.error(result.error);
    });
  }

  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="font-normal">
          <span className="block text-xs text-muted-foreground">{t("shell.signedInAs")}</span>
          <span className="block truncate font-medium">{name}</span>
          <span className="block truncate text-xs text-muted-foreground">{email}</span>
          <span className="block text-xs text-muted-foreground">{t(`roles.${role}`)}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={signOut} disabled={isPending}>
          <LogOut aria-hidden="true" />
          {isPending ? t("shell.signingOut") : t("shell.signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

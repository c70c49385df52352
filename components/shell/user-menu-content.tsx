"use client";
// The account menu itself, loaded when first used (components/shell/user-menu.tsx).
import { LogOut, Settings2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
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
import { PreferencesDialog } from "./preferences-dialog";

export function UserMenuContent({ trigger, defaultOpen, name, email, role }: LazyPopupProps & { name: string; email: string; role: Role }) {
  const t = useTranslations();
  const [isPending, startTransition] = useTransition();
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  // Opening the dialog from the menu: the menu must not pull focus back to its trigger as it closes,
  // or it fights the dialog's focus trap (the time-zone list closes as soon as it opens).
  const openingDialog = useRef(false);

  function signOut() {
    startTransition(async () => {
      const result = await signOutAction({});
      if (result && !result.ok) toast.error(result.error);
    });
  }

  return (
    <>
      <DropdownMenu defaultOpen={defaultOpen}>
        <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
        <DropdownMenuContent
          align="end"
          className="w-64"
          onCloseAutoFocus={(event) => {
            if (openingDialog.current) event.preventDefault();
            openingDialog.current = false;
          }}
        >
          <DropdownMenuLabel className="font-normal">
            <span className="block text-xs text-muted-foreground">{t("shell.signedInAs")}</span>
            <span className="block truncate font-medium">{name}</span>
            <span className="block truncate text-xs text-muted-foreground">{email}</span>
            <span className="block text-xs text-muted-foreground">{t(`roles.${role}`)}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem
            onSelect={() => {
              openingDialog.current = true;
              setPreferencesOpen(true);
            }}
          >
            <Settings2 aria-hidden="true" />
            {t("preferences.menuItem")}
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={signOut} disabled={isPending}>
            <LogOut aria-hidden="true" />
            {isPending ? t("shell.signingOut") : t("shell.signOut")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <PreferencesDialog open={preferencesOpen} onOpenChange={setPreferencesOpen} />
    </>
  );
}

"use client";
import { ChevronDown, LogOut, Settings2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { signOutAction } from "@/lib/auth/actions";
import type { Role } from "@/lib/auth/permissions";
import { PreferencesDialog } from "./preferences-dialog";

export function UserMenu({ name, email, role }: { name: string; email: string; role: Role }) {
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
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="sm" aria-label={t("shell.accountMenu", { name })}>
            <span className="max-w-40 truncate">{name}</span>
            <ChevronDown aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
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

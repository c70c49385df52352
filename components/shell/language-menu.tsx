"use client";
// The language menu itself, loaded when the switcher is first used (components/shell/language-switcher.tsx).
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import type { LazyPopupProps } from "@/components/common/lazy-popup";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toast";
import { setLocaleAction } from "@/lib/auth/actions";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";

export function LanguageMenu({ trigger, defaultOpen, onPendingChange }: LazyPopupProps & { onPendingChange: (pending: boolean) => void }) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const router = useRouter();
  const [, startTransition] = useTransition();

  function choose(value: string) {
    if (!isLocale(value) || value === locale) return;
    onPendingChange(true);
    startTransition(async () => {
      const result = await setLocaleAction({ locale: value });
      onPendingChange(false);
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      router.refresh();
    });
  }

  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{t("chooseLanguage")}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={locale} onValueChange={choose}>
          {LOCALES.map((option) => (
            <DropdownMenuRadioItem key={option} value={option} lang={option}>
              {LOCALE_NAMES[option]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

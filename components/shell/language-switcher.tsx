"use client";
// The header's language button; its menu (components/shell/language-menu.tsx) loads when first used.
import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { LazyPopup } from "@/components/common/lazy-popup";
import { Button } from "@/components/ui/button";
import { isLocale, LOCALE_NAMES } from "@/lib/i18n/config";

const loadMenu = () => import("./language-menu").then((module) => module.LanguageMenu);

export function LanguageSwitcher() {
  const t = useTranslations("shell");
  const locale = useLocale();
  const [isPending, setPending] = useState(false);
  const name = LOCALE_NAMES[isLocale(locale) ? locale : "en"];
  return (
    <LazyPopup
      load={loadMenu}
      props={{ onPendingChange: setPending }}
      trigger={
        <Button variant="ghost" size="sm" aria-label={`${t("language")}: ${name}`} disabled={isPending}>
          <Languages aria-hidden="true" />
          <span lang={locale} className="max-sm:hidden">
            {name}
          </span>
        </Button>
      }
    />
  );
}

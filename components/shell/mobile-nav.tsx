"use client";
// The menu button of small screens; the navigation sheet (components/shell/mobile-nav-sheet.tsx) loads
// when first opened (decision 027).
import { Menu } from "lucide-react";
import { useTranslations } from "next-intl";
import { LazyPopup } from "@/components/common/lazy-popup";
import { Button } from "@/components/ui/button";
import type { NavGroup } from "./navigation";

const loadSheet = () => import("./mobile-nav-sheet").then((module) => module.MobileNavSheet);

export function MobileNav({ groups }: { groups: NavGroup[] }) {
  const t = useTranslations();
  return (
    <LazyPopup
      popup="dialog"
      load={loadSheet}
      props={{ groups }}
      trigger={
        <Button variant="ghost" size="icon" className="md:hidden" aria-label={t("nav.openMenu")}>
          <Menu aria-hidden="true" />
        </Button>
      }
    />
  );
}

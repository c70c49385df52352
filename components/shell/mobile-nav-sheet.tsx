"use client";
// The small-screen navigation sheet itself, loaded when first opened (components/shell/mobile-nav.tsx).
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { LazyPopupProps } from "@/components/common/lazy-popup";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import type { NavGroup } from "./navigation";
import { SidebarNav } from "./sidebar-nav";

export function MobileNavSheet({ trigger, defaultOpen, groups }: LazyPopupProps & { groups: NavGroup[] }) {
  const t = useTranslations();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>{trigger}</SheetTrigger>
      <SheetContent side="left" className="w-72 bg-sidebar p-0 text-sidebar-foreground">
        <SheetHeader>
          <SheetTitle>{t("common.appName")}</SheetTitle>
        </SheetHeader>
        <SidebarNav groups={groups} onNavigate={() => setOpen(false)} />
      </SheetContent>
    </Sheet>
  );
}

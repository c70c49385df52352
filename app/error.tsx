"use client";
// Shown when a page throws; never displays the error itself (it may hold internals).
import { useTranslations } from "next-intl";
import { BoundaryIcon } from "@/components/common/boundary-icon";
import { buttonVariants } from "@/components/ui/button-variants";
import { cn } from "@/lib/utils";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col items-center gap-4 px-4 py-16 text-center">
      <BoundaryIcon name="triangleAlert" />
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted-foreground">{t("description")}</p>
      {/* A plain button styled as <Button>: this boundary is in every page's first load, and <Button> would add
          its Radix Slot to it (decision 040). */}
      <button type="button" data-slot="button" className={cn(buttonVariants())} onClick={reset}>
        {t("retry")}
      </button>
    </main>
  );
}

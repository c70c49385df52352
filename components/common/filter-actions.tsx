import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/** "Apply filters" and "Clear filters" for a GET filter form whose unfiltered page is `clearHref`. */
export async function FilterActions({ clearHref }: { clearHref: string }) {
  const t = await getTranslations("common");
  return (
    <>
      <Button type="submit" variant="secondary">
        {t("applyFilters")}
      </Button>
      <Button asChild variant="ghost">
        <Link href={clearHref}>{t("clearFilters")}</Link>
      </Button>
    </>
  );
}

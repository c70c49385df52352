import { getTranslations } from "next-intl/server";
import { BoundaryIcon } from "@/components/common/boundary-icon";
import { Button } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col items-center gap-4 px-4 py-16 text-center">
      <BoundaryIcon name="fileQuestion" />
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="text-muted-foreground">{t("notFound.description")}</p>
      <Button asChild>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load is fine here; next/link would be this boundary's only client code, loaded with every page (decision 040) */}
        <a href="/">{t("common.backHome")}</a>
      </Button>
    </main>
  );
}

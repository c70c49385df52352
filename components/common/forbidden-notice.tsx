import { getTranslations } from "next-intl/server";
import { BoundaryIcon } from "@/components/common/boundary-icon";
import { Button } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";

export async function ForbiddenNotice() {
  const t = await getTranslations();
  const user = await getSessionUser();
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <BoundaryIcon name="shieldAlert" />
      <h1 className="text-2xl font-semibold">{t("forbidden.title")}</h1>
      <p className="text-muted-foreground">{t("forbidden.description")}</p>
      {user ? <p className="text-sm text-muted-foreground">{t("forbidden.yourRole", { role: t(`roles.${user.role}`) })}</p> : null}
      <Button asChild>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load is fine here; next/link would be this boundary's only client code, loaded with every page (decision 040) */}
        <a href="/">{t("common.backHome")}</a>
      </Button>
    </div>
  );
}

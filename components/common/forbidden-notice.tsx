import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";

export async function ForbiddenNotice() {
  const t = await getTranslations();
  const user = await getSessionUser();
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <ShieldAlert aria-hidden="true" className="size-12 text-muted-foreground" />
      <h1 className="text-2xl font-semibold">{t("forbidden.title")}</h1>
      <p className="text-muted-foreground">{t("forbidden.description")}</p>
      {user ? <p className="text-sm text-muted-foreground">{t("forbidden.yourRole", { role: t(`roles.${user.role}`) })}</p> : null}
      <Button asChild>
        <Link href="/">{t("common.backHome")}</Link>
      </Button>
    </div>
  );
}

import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { visibleLinks } from "@/components/shell/navigation";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guards";

export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations();
  const links = visibleLinks(user.role);
  // Agents have one job here: their conversations.
  if (user.role === "AGENT") redirect("/conversations");
  return (
    <>
      <PageHeader title={t("home.title", { name: user.name })} description={t("home.description")} />
      <p className="text-sm text-muted-foreground">{t("home.yourRole", { role: t(`roles.${user.role}`) })}</p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {links.map((link) => (
          <li key={link.key}>
            <Link href={link.href} className="group block h-full rounded-xl outline-none focus-visible:ring-2 focus-visible:ring-ring">
              <Card className="h-full transition-colors group-hover:bg-accent">
                <CardHeader>
                  <CardTitle className="flex items-center justify-between gap-2 text-base">
                    {t(`nav.${link.key}`)}
                    <ArrowRight aria-hidden="true" className="size-4 text-muted-foreground" />
                  </CardTitle>
                  <CardDescription>{t(`home.areas.${link.key}`)}</CardDescription>
                </CardHeader>
              </Card>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

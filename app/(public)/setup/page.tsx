import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { titled } from "@/lib/i18n/page-title";
import { countUsers } from "@/lib/users/count-users";

export const generateMetadata = titled("setup.title");

export default async function SetupPage() {
  // Setup exists only until the first user does.
  if ((await countUsers()) > 0) redirect("/sign-in");
  const t = await getTranslations("setup");
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">{t("title")}</h1>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <SetupForm />
      </CardContent>
    </Card>
  );
}

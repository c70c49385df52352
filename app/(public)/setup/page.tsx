import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { titled } from "@/lib/i18n/page-title";
import { countUsers } from "@/lib/users/count-users";

export const generateMetadata = titled("setup.title");

export default async function SetupPage() {
  // Setup exists only until the first user does.
  if ((await countUsers()) > 0) redirect("/sign-in");
  const t = await getTranslations("setup");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <SetupForm />
    </AuthCard>
  );
}

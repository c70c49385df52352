import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeRedirectPath } from "@/lib/auth/redirect-path";
import { getSessionUser } from "@/lib/auth/session";
import { titled } from "@/lib/i18n/page-title";
import { countUsers } from "@/lib/users/count-users";

export const generateMetadata = titled("signIn.title");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if ((await countUsers()) === 0) redirect("/setup");
  if (await getSessionUser()) redirect("/");
  const next = safeRedirectPath.parse((await searchParams).next ?? "");
  const t = await getTranslations("signIn");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <SignInForm next={next} />
    </AuthCard>
  );
}

import { KeyRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/** The account's stored secret can't be opened with the current APP_ENCRYPTION_KEY: say so and what to do. */
export async function CredentialsUnreadableAlert() {
  const t = await getTranslations("accounts");
  return (
    <Alert variant="destructive">
      <KeyRound aria-hidden="true" />
      <AlertTitle>{t("credentialsUnreadableTitle")}</AlertTitle>
      <AlertDescription>{t("credentialsUnreadableDescription")}</AlertDescription>
    </Alert>
  );
}

"use client";
// The callback step's Next: records that the admin has seen the callback URL, so a draft reopened
// later resumes at the summary rather than skipping this step.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/common/action-button";
import { markCallbackShownAction } from "@/lib/accounts/actions";

export function CallbackNextButton({ accountId, nextHref }: { accountId: string; nextHref: string }) {
  const t = useTranslations("accounts.wizard");
  const router = useRouter();
  return (
    <ActionButton run={() => markCallbackShownAction({ accountId })} onDone={() => router.push(nextHref)}>
      {t("next")}
    </ActionButton>
  );
}

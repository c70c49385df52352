"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionButton } from "@/components/common/action-button";
import { completeAccountSetupAction } from "@/lib/accounts/actions";

export function FinishSetupButton({ accountId }: { accountId: string }) {
  const t = useTranslations("accounts.wizard");
  const router = useRouter();
  return (
    <ActionButton
      run={() => completeAccountSetupAction({ accountId })}
      onDone={() => {
        toast.success(t("finished"));
        router.push(`/channels/accounts/${accountId}`);
      }}
    >
      {t("finish")}
    </ActionButton>
  );
}

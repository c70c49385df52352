"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { completeAccountSetupAction } from "@/lib/accounts/actions";

export function FinishSetupButton({ accountId }: { accountId: string }) {
  const t = useTranslations("accounts.wizard");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          const result = await completeAccountSetupAction({ accountId });
          if (!result.ok) return void toast.error(result.error);
          toast.success(t("finished"));
          router.push(`/channels/accounts/${accountId}`);
        })
      }
    >
      {t("finish")}
    </Button>
  );
}

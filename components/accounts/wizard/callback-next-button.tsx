"use client";
// The callback step's Next: records that the admin has seen the callback URL, so a draft reopened
// later resumes at the summary rather than skipping this step.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { markCallbackShownAction } from "@/lib/accounts/actions";

export function CallbackNextButton({ accountId, nextHref }: { accountId: string; nextHref: string }) {
  const t = useTranslations("accounts.wizard");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          const result = await markCallbackShownAction({ accountId });
          if (!result.ok) return void toast.error(result.error);
          router.push(nextHref);
        })
      }
    >
      {t("next")}
    </Button>
  );
}

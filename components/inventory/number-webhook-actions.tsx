"use client";
// Re-check and Fix of one number's webhook health.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { RowActionsMenu } from "@/components/common/row-actions-menu";
import { fixWebhookAction, recheckWebhookAction } from "@/lib/inventory/actions";

export function NumberWebhookActions({
  numberId,
  number,
  canFix,
  status,
}: {
  numberId: string;
  number: string;
  canFix: boolean;
  status: string | null;
}) {
  const t = useTranslations("inventory");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function run(kind: "recheck" | "fix") {
    startTransition(async () => {
      const result = kind === "fix" ? await fixWebhookAction({ numberId }) : await recheckWebhookAction({ numberId });
      if (!result.ok) return void toast.error(result.error);
      toast.success(t(`webhook.${result.data.status}`));
      router.refresh();
    });
  }

  return (
    <RowActionsMenu
      label={t("rowActions", { number })}
      disabled={isPending}
      actions={[
        { label: t("recheck"), onSelect: () => run("recheck") },
        canFix && status !== "OK" && status !== "MESSAGING_SERVICE" && { label: t("fix"), onSelect: () => run("fix") },
      ]}
    />
  );
}

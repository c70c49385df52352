"use client";
// Re-check and Fix of one number's webhook health.
import { MoreHorizontal } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
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
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={t("rowActions", { number })} disabled={isPending}>
          <MoreHorizontal aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem onSelect={() => run("recheck")}>{t("recheck")}</DropdownMenuItem>
        {canFix && status !== "OK" && status !== "MESSAGING_SERVICE" ? (
          <DropdownMenuItem onSelect={() => run("fix")}>{t("fix")}</DropdownMenuItem>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

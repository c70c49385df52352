"use client";
import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { revalidateAccountAction } from "@/lib/accounts/actions";

/** Re-checks the stored credentials with the provider; the outcome is recorded on the account. */
export function RevalidateButton({ accountId }: { accountId: string }) {
  const t = useTranslations("accounts.credentials");
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button
          type="button"
          variant="outline"
          disabled={isPending}
          onClick={() =>
            startTransition(async () => {
              const result = await revalidateAccountAction({ accountId });
              setMessage(
                result.ok
                  ? { ok: true, text: t("valid") }
                  : { ok: false, text: Object.values(result.fieldErrors ?? {})[0] ?? result.error },
              );
              router.refresh();
            })
          }
        >
          <RefreshCw aria-hidden="true" className={isPending ? "animate-spin" : undefined} />
          {isPending ? t("validating") : t("revalidate")}
        </Button>
      </div>
      <p role="status" className={message?.ok === false ? "text-sm text-destructive" : "text-sm text-muted-foreground"}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}

"use client";
// "Delete draft": an unfinished account can be thrown away from the wizard, after a confirmation.
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { Button } from "@/components/ui/button";
import { deleteAccountAction } from "@/lib/accounts/actions";

export function DeleteDraftButton({ account, numbers }: { account: { id: string; name: string }; numbers: string[] }) {
  const t = useTranslations("accounts.wizard");
  const router = useRouter();
  const [open, setOpen] = useState(false);

  return (
    <>
      <Button type="button" variant="outline" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden="true" />
        {t("deleteDraft")}
      </Button>
      <ConfirmActionDialog
        open={open}
        onOpenChange={setOpen}
        title={t("deleteDraftTitle", { name: account.name })}
        description={t("deleteDraftDescription", { count: numbers.length })}
        confirmLabel={t("deleteDraft")}
        action={() => deleteAccountAction({ accountId: account.id })}
        success={t("draftDeleted", { name: account.name })}
        onSuccess={() => router.push("/channels/accounts")}
      >
        {numbers.length > 0 ? (
          <ul className="list-disc pl-5 font-mono text-sm">
            {numbers.map((number) => (
              <li key={number}>{number}</li>
            ))}
          </ul>
        ) : null}
      </ConfirmActionDialog>
    </>
  );
}

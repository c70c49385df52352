"use client";
// Deactivate / activate and delete, each behind a confirmation that says what it affects.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { Button } from "@/components/ui/button";
import { deleteAccountAction, setAccountActiveAction } from "@/lib/accounts/actions";

type Props = {
  account: { id: string; name: string; status: "DRAFT" | "ACTIVE" | "INACTIVE" };
  dependents: { numbers: string[]; templateCount: number };
};

export function AccountLifecycle({ account, dependents }: Props) {
  const t = useTranslations("accounts.lifecycle");
  const router = useRouter();
  const [dialog, setDialog] = useState<"status" | "delete" | null>(null);
  const isActive = account.status === "ACTIVE";

  async function toggle() {
    const result = await setAccountActiveAction({ accountId: account.id, isActive: !isActive });
    if (!result.ok) return void toast.error(result.error);
    toast.success(t(isActive ? "deactivated" : "activated", { name: account.name }));
    setDialog(null);
    router.refresh();
  }

  async function remove() {
    const result = await deleteAccountAction({ accountId: account.id });
    if (!result.ok) return void toast.error(result.error);
    toast.success(t("deleted", { name: account.name }));
    router.push("/channels/accounts");
  }

  return (
    <div className="flex flex-wrap gap-2">
      {account.status !== "DRAFT" ? (
        <Button type="button" variant="outline" onClick={() => setDialog("status")}>
          {isActive ? t("deactivate") : t("activate")}
        </Button>
      ) : null}
      <Button type="button" variant="destructive" onClick={() => setDialog("delete")}>
        {t("delete")}
      </Button>
      <ConfirmDialog
        open={dialog === "status"}
        onOpenChange={(open) => setDialog(open ? "status" : null)}
        title={t(isActive ? "deactivateTitle" : "activateTitle", { name: account.name })}
        description={t(isActive ? "deactivateDescription" : "activateDescription")}
        confirmLabel={isActive ? t("deactivate") : t("activate")}
        destructive={isActive}
        onConfirm={toggle}
      />
      <ConfirmDialog
        open={dialog === "delete"}
        onOpenChange={(open) => setDialog(open ? "delete" : null)}
        title={t("deleteTitle", { name: account.name })}
        description={t("deleteDescription")}
        confirmLabel={t("delete")}
        onConfirm={remove}
      >
        <div className="text-sm">
          <p className="font-medium">{t("dependentsTitle")}</p>
          <ul className="mt-1 list-disc pl-5">
            <li>{t("dependentNumbers", { count: dependents.numbers.length })}</li>
            {dependents.numbers.slice(0, 10).map((number) => (
              <li key={number} className="ml-4 list-[circle] font-mono text-xs">
                {number}
              </li>
            ))}
            <li>{t("dependentTemplates", { count: dependents.templateCount })}</li>
            <li>{t("dependentWebhooks")}</li>
          </ul>
        </div>
      </ConfirmDialog>
    </div>
  );
}

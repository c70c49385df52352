"use client";
// Activate / Deactivate and Delete of a record with a lifecycle (accounts, integrations), each behind
// a confirmation. The wording comes from the record's own `…lifecycle` namespace, which has the same
// keys for both; the delete confirmation's body (what else goes) is the caller's.
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Props<Removed> = {
  namespace: "accounts.lifecycle" | "integrations.lifecycle";
  name: string;
  isActive: boolean;
  /** Offer Activate/Deactivate at all (an account's draft has neither). */
  canToggle: boolean;
  /** Why Activate can't be used yet, shown under the buttons; null when it can. */
  activateBlockedReason?: string | null;
  setActive: (isActive: boolean) => Promise<ActionResult<unknown>>;
  remove: () => Promise<ActionResult<Removed>>;
  /** After the deletion (the record's page is gone: navigate away). */
  onRemoved: (data: Removed) => void;
  /** The delete confirmation's body: what goes with the record. */
  children: ReactNode;
};

export function LifecycleActions<Removed>(props: Props<Removed>) {
  const { namespace, name, isActive, canToggle, activateBlockedReason = null, setActive, remove, onRemoved, children } = props;
  const t = useTranslations(namespace);
  const [dialog, setDialog] = useState<"status" | "delete" | null>(null);
  const activateBlocked = !isActive && activateBlockedReason !== null;
  const toggleLabel = isActive ? t("deactivate") : t("activate");
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {canToggle ? (
          <Button type="button" variant={isActive ? "outline" : "default"} onClick={() => setDialog("status")} disabled={activateBlocked}>
            {toggleLabel}
          </Button>
        ) : null}
        <Button type="button" variant="destructive" onClick={() => setDialog("delete")}>
          {t("delete")}
        </Button>
      </div>
      {canToggle && activateBlocked ? <p className="text-sm text-muted-foreground">{activateBlockedReason}</p> : null}
      <ConfirmActionDialog
        open={dialog === "status"}
        onOpenChange={(open) => setDialog(open ? "status" : null)}
        title={t(isActive ? "deactivateTitle" : "activateTitle", { name })}
        description={t(isActive ? "deactivateDescription" : "activateDescription")}
        confirmLabel={toggleLabel}
        destructive={isActive}
        action={() => setActive(!isActive)}
        success={t(isActive ? "deactivated" : "activated", { name })}
      />
      <ConfirmActionDialog
        open={dialog === "delete"}
        onOpenChange={(open) => setDialog(open ? "delete" : null)}
        title={t("deleteTitle", { name })}
        description={t("deleteDescription")}
        confirmLabel={t("delete")}
        action={remove}
        success={t("deleted", { name })}
        onSuccess={onRemoved}
      >
        {children}
      </ConfirmActionDialog>
    </div>
  );
}

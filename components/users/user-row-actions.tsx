"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { RowActionsMenu } from "@/components/common/row-actions-menu";
import type { Role } from "@/lib/auth/permissions";
import { setUserActiveAction } from "@/lib/users/actions";
import { lazyDialog } from "@/components/common/lazy-dialog";

const ChangeRoleDialog = lazyDialog(() => import("./change-role-dialog").then((module) => module.ChangeRoleDialog));

type Props = { user: { id: string; name: string; role: Role; isActive: boolean } };

export function UserRowActions({ user }: Props) {
  const t = useTranslations();
  const [dialog, setDialog] = useState<"role" | "active" | null>(null);

  return (
    <>
      <RowActionsMenu
        label={t("users.rowActions", { name: user.name })}
        actions={[
          { label: t("users.changeRole"), onSelect: () => setDialog("role") },
          {
            label: user.isActive ? t("users.deactivate") : t("users.reactivate"),
            destructive: user.isActive,
            onSelect: () => setDialog("active"),
          },
        ]}
      />
      <ChangeRoleDialog user={user} open={dialog === "role"} onOpenChange={(open) => setDialog(open ? "role" : null)} />
      <ConfirmActionDialog
        open={dialog === "active"}
        onOpenChange={(open) => setDialog(open ? "active" : null)}
        title={t(user.isActive ? "users.deactivateTitle" : "users.reactivateTitle", { name: user.name })}
        description={t(user.isActive ? "users.deactivateDescription" : "users.reactivateDescription")}
        confirmLabel={user.isActive ? t("users.deactivate") : t("users.reactivate")}
        destructive={user.isActive}
        action={() => setUserActiveAction({ userId: user.id, isActive: !user.isActive })}
        success={t(user.isActive ? "users.deactivated" : "users.reactivated", { name: user.name })}
      />
    </>
  );
}

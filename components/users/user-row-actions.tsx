"use client";
import { MoreHorizontal } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { Role } from "@/lib/auth/permissions";
import { setUserActiveAction } from "@/lib/users/actions";
import { ChangeRoleDialog } from "./change-role-dialog";

type Props = { user: { id: string; name: string; role: Role; isActive: boolean } };

export function UserRowActions({ user }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [dialog, setDialog] = useState<"role" | "active" | null>(null);
  async function toggleActive() {
    const result = await setUserActiveAction({ userId: user.id, isActive: !user.isActive });
    if (!result.ok) {
      toast.error(result.error);
      return;
    }
    toast.success(t(user.isActive ? "users.deactivated" : "users.reactivated", { name: user.name }));
    setDialog(null);
    router.refresh();
  }

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={t("users.rowActions", { name: user.name })}>
            <MoreHorizontal aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => setDialog("role")}>{t("users.changeRole")}</DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setDialog("active")} variant={user.isActive ? "destructive" : "default"}>
            {user.isActive ? t("users.deactivate") : t("users.reactivate")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ChangeRoleDialog user={user} open={dialog === "role"} onOpenChange={(open) => setDialog(open ? "role" : null)} />
      <ConfirmDialog
        open={dialog === "active"}
        onOpenChange={(open) => setDialog(open ? "active" : null)}
        title={t(user.isActive ? "users.deactivateTitle" : "users.reactivateTitle", { name: user.name })}
        description={t(user.isActive ? "users.deactivateDescription" : "users.reactivateDescription")}
        confirmLabel={user.isActive ? t("users.deactivate") : t("users.reactivate")}
        destructive={user.isActive}
        onConfirm={toggleActive}
      />
    </>
  );
}

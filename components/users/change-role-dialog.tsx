"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { changeUserRoleAction } from "@/lib/users/actions";

type Props = { user: { id: string; name: string; role: Role }; open: boolean; onOpenChange: (open: boolean) => void };

export function ChangeRoleDialog({ user, open, onOpenChange }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const selectId = useId();
  const [role, setRole] = useState<Role>(user.role);
  const [banner, setBanner] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function save() {
    setBanner(null);
    startTransition(async () => {
      const result = await changeUserRoleAction({ userId: user.id, role });
      if (!result.ok) {
        setBanner(result.error);
        return;
      }
      toast.success(t("users.roleChanged", { name: user.name, role: t(`roles.${role}`) }));
      onOpenChange(false);
      router.refresh();
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) setRole(user.role);
        setBanner(null);
        onOpenChange(next);
      }}
    >
      <DialogContent closeLabel={t("common.close")}>
        <DialogHeader>
          <DialogTitle>{t("users.changeRoleTitle", { name: user.name })}</DialogTitle>
          <DialogDescription>{t("users.changeRoleDescription")}</DialogDescription>
        </DialogHeader>
        <FormBanner message={banner} />
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={selectId}>{t("users.role")}</Label>
          <Select value={role} onValueChange={(value) => setRole(ROLES.find((known) => known === value) ?? role)}>
            <SelectTrigger id={selectId} className="w-full">
              <SelectValue>{t(`roles.${role}`)}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              {ROLES.map((option) => (
                <SelectItem key={option} value={option}>
                  <span className="flex flex-col">
                    <span>{t(`roles.${option}`)}</span>
                    <span className="text-xs text-muted-foreground">{t(`roleDescriptions.${option}`)}</span>
                  </span>
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
            {t("common.cancel")}
          </Button>
          <Button type="button" onClick={save} disabled={isPending || role === user.role}>
            {isPending ? t("common.saving") : t("common.save")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

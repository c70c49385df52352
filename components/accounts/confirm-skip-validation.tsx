"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";

/** "Save without validating…": allowed, but only after the admin confirms they mean it. */
export function ConfirmSkipValidation({ onConfirm, disabled }: { onConfirm: () => Promise<void>; disabled: boolean }) {
  const t = useTranslations("accounts.credentials");
  const [open, setOpen] = useState(false);
  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="ghost" disabled={disabled}>
          {t("saveWithoutValidating")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("skipTitle")}</AlertDialogTitle>
          <AlertDialogDescription>{t("skipDescription")}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("keepEditing")}</AlertDialogCancel>
          <AlertDialogAction
            onClick={async () => {
              setOpen(false);
              await onConfirm();
            }}
          >
            {t("skipConfirm")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { Button } from "@/components/ui/button";

/** "Save without validating…": allowed, but only after the admin confirms they mean it. */
export function ConfirmSkipValidation({ onConfirm, disabled }: { onConfirm: () => Promise<void>; disabled: boolean }) {
  const t = useTranslations("accounts.credentials");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="ghost" disabled={disabled} onClick={() => setOpen(true)}>
        {t("saveWithoutValidating")}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t("skipTitle")}
        description={t("skipDescription")}
        confirmLabel={t("skipConfirm")}
        destructive={false}
        onConfirm={async () => {
          await onConfirm();
          setOpen(false);
        }}
      />
    </>
  );
}

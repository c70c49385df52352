"use client";
// "Import number": the button, and the dialog (import-number-dialog-content.tsx, with the number rules,
// libphonenumber-js and the form) loaded when first opened (decision 036).
import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyDialog } from "@/components/common/lazy-dialog";
import { Button } from "@/components/ui/button";

const Dialog = lazyDialog(() => import("./import-number-dialog-content").then((module) => module.ImportNumberDialog));

export function ImportNumberDialog() {
  const t = useTranslations("inventory");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Download aria-hidden="true" />
        {t("import")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} />
    </>
  );
}

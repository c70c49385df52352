"use client";
// "Install integration": the button, and the dialog (install-integration-dialog-content.tsx) loaded when
// first opened (decision 036).
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyDialog } from "@/components/common/lazy-dialog";
import { Button } from "@/components/ui/button";

const Dialog = lazyDialog(() => import("./install-integration-dialog-content").then((module) => module.InstallIntegrationDialog));

export function InstallIntegrationDialog() {
  const t = useTranslations("integrations");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Plus aria-hidden="true" />
        {t("install")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} />
    </>
  );
}

"use client";
// "Assign to number…" for a held message whose provider didn't say which number was texted: the button, and
// the dialog (assign-number-dialog.tsx) loaded when first opened (decision 036).
import { MapPinned } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyDialog } from "@/components/common/lazy-dialog";
import { Button } from "@/components/ui/button";
import type { Props } from "./assign-number-dialog";

const Dialog = lazyDialog(() => import("./assign-number-dialog").then((module) => module.AssignNumberDialog));

export function AssignNumberButton(props: Props) {
  const t = useTranslations("messageLog.held");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="button"
        variant="outline"
        size="sm"
        aria-haspopup="dialog"
        aria-label={t("assignLabel", { from: props.from, time: props.received })}
        onClick={() => setOpen(true)}
      >
        <MapPinned aria-hidden="true" />
        {t("assign")}
      </Button>
      <Dialog {...props} open={open} onOpenChange={setOpen} />
    </>
  );
}

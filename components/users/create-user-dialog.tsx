"use client";
// "New user": the button, and the dialog (create-user-dialog-content.tsx) loaded when first opened (decision 036).
import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { lazyDialog } from "@/components/common/lazy-dialog";
import { Button } from "@/components/ui/button";

const Dialog = lazyDialog(() => import("./create-user-dialog-content").then((module) => module.CreateUserDialog));

export function CreateUserDialog() {
  const t = useTranslations("users");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <UserPlus aria-hidden="true" />
        {t("newUser")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} />
    </>
  );
}

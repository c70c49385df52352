"use client";
// Remove a channel instance after a confirmation: the number stops serving this workstream and can
// be set up on another one.
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { Button } from "@/components/ui/button";
import { removeChannelInstanceAction } from "@/lib/channel-instances/actions";

type Props = {
  instanceId: string;
  number: string;
  channel: "SMS" | "WHATSAPP";
  /** Where to go afterwards; without it the current page refreshes. */
  redirectTo?: string;
  size?: "sm" | "default";
};

export function RemoveChannelInstanceButton({ instanceId, number, channel, redirectTo, size = "default" }: Props) {
  const t = useTranslations("channelSetup.remove");
  const router = useRouter();
  const [open, setOpen] = useState(false);

  return (
    <>
      {/* The name starts with the visible word, so voice control's "click Remove" still works. */}
      <Button
        type="button"
        variant={size === "sm" ? "ghost" : "destructive"}
        size={size}
        aria-label={t("buttonLabel", { number })}
        onClick={() => setOpen(true)}
      >
        <Trash2 aria-hidden="true" />
        {t("button")}
      </Button>
      <ConfirmActionDialog
        open={open}
        onOpenChange={setOpen}
        title={t(`title.${channel}`, { number })}
        description={t("description", { number })}
        confirmLabel={t("confirm")}
        action={() => removeChannelInstanceAction({ instanceId })}
        success={t("removed", { number })}
        onSuccess={redirectTo ? () => router.push(redirectTo) : undefined}
        closeOnFailure
      />
    </>
  );
}

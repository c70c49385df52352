"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionButton } from "@/components/common/action-button";
import { completeChannelSetupAction } from "@/lib/channel-instances/actions";

/** Finish: the server checks every step again, then the admin lands back on the workstream. */
export function FinishSetupButton({ instanceId, channel }: { instanceId: string; channel: "SMS" | "WHATSAPP" }) {
  const t = useTranslations("channelSetup.wizard");
  const router = useRouter();
  return (
    <ActionButton
      run={() => completeChannelSetupAction({ instanceId })}
      onDone={(data) => {
        toast.success(data.wasDraft ? t(`finished.${channel}`, { number: data.number }) : t("saved", { number: data.number }));
        router.push(`/workstreams/${data.workstreamId}`);
      }}
    >
      {t("finish")}
    </ActionButton>
  );
}

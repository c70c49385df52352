"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { completeChannelSetupAction } from "@/lib/channel-instances/actions";

/** Finish: the server checks every step again, then the admin lands back on the workstream. */
export function FinishSetupButton({ instanceId, channel }: { instanceId: string; channel: "SMS" | "WHATSAPP" }) {
  const t = useTranslations("channelSetup.wizard");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          const result = await completeChannelSetupAction({ instanceId });
          if (!result.ok) return void toast.error(result.error);
          toast.success(result.data.wasDraft ? t(`finished.${channel}`, { number: result.data.number }) : t("saved", { number: result.data.number }));
          router.push(`/workstreams/${result.data.workstreamId}`);
        })
      }
    >
      {t("finish")}
    </Button>
  );
}

"use client";
// Queues a callback whose processing failed once more; the list refreshes without it.
import { RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { ActionButton } from "@/components/common/action-button";
import { retryInboundEventAction } from "@/lib/message-log/actions";

export function RetryEventButton({ eventId, from, received }: { eventId: string; from: string; received: string }) {
  const t = useTranslations("messageLog.failed");
  return (
    <ActionButton
      action={() => retryInboundEventAction({ eventId })}
      onSuccess={(data) => (data.outcome === "queued" ? toast.success(t("queued")) : toast.info(t("notFailed")))}
      icon={RotateCcw}
      pendingLabel={t("retrying")}
      variant="outline"
      size="sm"
      aria-label={t("retryLabel", { from, time: received })}
    >
      {t("retry")}
    </ActionButton>
  );
}

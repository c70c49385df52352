"use client";
// Queues a callback whose processing failed once more; the list refreshes without it.
import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { retryInboundEventAction } from "@/lib/message-log/actions";

export function RetryEventButton({ eventId, from, received }: { eventId: string; from: string; received: string }) {
  const t = useTranslations("messageLog.failed");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function retry() {
    startTransition(async () => {
      const result = await retryInboundEventAction({ eventId });
      if (!result.ok) toast.error(result.error);
      else if (result.data.outcome === "queued") toast.success(t("queued"));
      else toast.info(t("notFailed"));
      router.refresh();
    });
  }

  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      disabled={isPending}
      onClick={retry}
      aria-label={t("retryLabel", { from, time: received })}
    >
      <RotateCcw aria-hidden="true" className={isPending ? "animate-spin" : undefined} />
      {isPending ? t("retrying") : t("retry")}
    </Button>
  );
}

"use client";
// Replays one held message and says where it went: a conversation, still held and why, or refused
// (a message kept before its signature could be checked whose signature failed).
import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { replayHeldMessageAction } from "@/lib/message-log/actions";
import { knownHeldReason } from "@/lib/message-log/reasons";

type Props = { heldMessageId: string; from: string; received: string; to: string | null };

export function ReplayButton({ heldMessageId, from, received, to }: Props) {
  const t = useTranslations("messageLog.held");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function replay() {
    startTransition(async () => {
      const result = await replayHeldMessageAction({ heldMessageId });
      if (!result.ok) {
        toast.error(result.error);
      } else if (result.data.outcome === "routed") {
        const href = `/conversations/${result.data.conversationId}`;
        toast.success(t("routed"), { action: { label: t("openConversation"), onClick: () => router.push(href) } });
      } else if (result.data.outcome === "rejected") {
        toast.error(t("replayRejected"));
      } else {
        const reason = knownHeldReason(result.data.reason);
        toast.warning(t("stillHeld", { explanation: reason ? t(`reasons.${reason}.explanation`, { to: to ?? "—" }) : result.data.reason }));
      }
      router.refresh();
    });
  }

  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      disabled={isPending}
      onClick={replay}
      aria-label={t("replayLabel", { from, time: received })}
    >
      <RotateCcw aria-hidden="true" className={isPending ? "animate-spin" : undefined} />
      {isPending ? t("replaying") : t("replay")}
    </Button>
  );
}

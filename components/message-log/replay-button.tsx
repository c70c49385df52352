"use client";
// Replays one held message and says where it went: a conversation, still held and why, or refused
// (a message kept before its signature could be checked whose signature failed).
import { RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { ActionButton } from "@/components/common/action-button";
import { replayHeldMessageAction } from "@/lib/message-log/actions";
import { knownHeldReason } from "@/lib/message-log/reasons";

type Props = { heldMessageId: string; from: string; received: string; to: string | null };

export function ReplayButton({ heldMessageId, from, received, to }: Props) {
  const t = useTranslations("messageLog.held");
  const router = useRouter();
  return (
    <ActionButton
      action={() => replayHeldMessageAction({ heldMessageId })}
      onSuccess={(data) => {
        if (data.outcome === "routed") {
          const href = `/conversations/${data.conversationId}`;
          toast.success(t("routed"), { action: { label: t("openConversation"), onClick: () => router.push(href) } });
        } else if (data.outcome === "rejected") {
          toast.error(t("replayRejected"));
        } else {
          const reason = knownHeldReason(data.reason);
          toast.warning(t("stillHeld", { explanation: reason ? t(`reasons.${reason}.explanation`, { to: to ?? "—" }) : data.reason }));
        }
      }}
      icon={RotateCcw}
      pendingLabel={t("replaying")}
      variant="outline"
      size="sm"
      aria-label={t("replayLabel", { from, time: received })}
    >
      {t("replay")}
    </ActionButton>
  );
}

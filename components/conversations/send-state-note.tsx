"use client";
// Under an outbound message: why it hasn't gone through yet (retrying after the provider's rate limit
// or a failed connection, awaiting the provider's status after a lost answer), and on a message that
// failed unconfirmed, a deliberate Resend the agent confirms (decision 033).
import { useLazyQueryClient } from "@/components/common/lazy-query";
import { Clock, RotateCw } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { Button } from "@/components/ui/button";
import { resendMessageAction } from "@/lib/conversations/actions";
import type { ConversationMessage } from "@/lib/conversations/conversations";
import { providerName } from "@/lib/messaging/send-failure";
import { canResend, pendingSendState } from "@/lib/messaging/send-state";
import { conversationKeys } from "./query-keys";

export function SendStateNote({ message, provider }: { message: ConversationMessage; provider: string }) {
  const t = useTranslations("conversations.thread.sendState");
  const format = useFormatter();
  const state = pendingSendState(message);
  if (!state) return null;
  const name = providerName(provider);
  const text =
    state.kind === "awaitingStatus"
      ? t("awaitingStatus", { provider: name })
      : t(state.reason, {
          provider: name,
          time: state.retryAt ? format.dateTime(new Date(state.retryAt), { timeStyle: "medium" }) : "—",
        });
  return (
    <p role="status" className="flex items-start gap-1.5 text-right text-xs text-muted-foreground">
      <Clock aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
      {text}
    </p>
  );
}

export function ResendButton({
  message,
  conversationId,
  canAct,
}: {
  message: ConversationMessage;
  conversationId: string;
  canAct: boolean;
}) {
  const t = useTranslations("conversations.thread.resend");
  const queryClient = useLazyQueryClient();
  const [confirming, setConfirming] = useState(false);
  if (!canAct || !canResend(message)) return null;
  return (
    <>
      <Button type="button" variant="outline" size="sm" onClick={() => setConfirming(true)}>
        <RotateCw aria-hidden="true" />
        {t("button")}
      </Button>
      <ConfirmActionDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("title")}
        description={message.errorCode === "noStatusReport" || message.errorCode === "timeout" ? t("descriptionUnknown") : t("description")}
        confirmLabel={t("confirm")}
        destructive={false}
        action={() => resendMessageAction({ conversationId, messageId: message.id })}
        success={t("done")}
        onSuccess={() => void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) })}
      />
    </>
  );
}

"use client";
// Take (an unassigned conversation), Close (confirmed; resolved, with the survey when enabled) and
// Reopen (a resolved one). Each refreshes the conversation and the dashboard lists.
import { useLazyQueryClient } from "@/components/common/lazy-query";
import { ArrowRightLeft, CheckCircle2, Hand, RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { lazyDialog } from "@/components/common/lazy-dialog";
import { Button } from "@/components/ui/button";
import { closeConversationAction, reopenConversationAction, takeConversationAction } from "@/lib/conversations/actions";
import type { ConversationDetail } from "@/lib/conversations/conversations";
import { conversationKeys } from "./query-keys";
// The transfer dialog (Radix Dialog, the queue and agent pickers) loads when first opened (decision 039).
const TransferDialog = lazyDialog(() => import("./transfer-dialog").then((module) => module.TransferDialog));

type Props = { conversationId: string; actions: ConversationDetail["actions"]; surveyOnClose: boolean; onTaken: () => void };

export function ConversationActions({ conversationId, actions, surveyOnClose, onTaken }: Props) {
  const t = useTranslations("conversations.actions");
  const queryClient = useLazyQueryClient();
  const [isPending, startTransition] = useTransition();
  const [isConfirmingClose, setIsConfirmingClose] = useState(false);
  const [isTransferring, setIsTransferring] = useState(false);

  async function refresh() {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) }),
      queryClient.invalidateQueries({ queryKey: conversationKeys.lists() }),
    ]);
  }

  function take() {
    startTransition(async () => {
      const result = await takeConversationAction({ conversationId });
      if (!result.ok) {
        toast.error(result.error);
        await refresh();
        return;
      }
      toast.success(t("taken"));
      await refresh();
      onTaken();
    });
  }

  async function close() {
    const result = await closeConversationAction({ conversationId });
    if (result.ok) toast.success(t("closed"));
    else toast.error(result.error);
    // Refreshed before the dialog closes: focus then returns to the same button, now "Reopen".
    await refresh();
    setIsConfirmingClose(false);
  }

  function reopen() {
    startTransition(async () => {
      const result = await reopenConversationAction({ conversationId });
      if (result.ok) toast.success(t("reopened"));
      else toast.error(result.error);
      await refresh();
      if (result.ok) onTaken();
    });
  }

  if (!actions.canTake && !actions.canClose && !actions.canReopen && !actions.canTransfer) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {actions.canTake ? (
        <Button type="button" onClick={take} disabled={isPending}>
          <Hand aria-hidden="true" />
          {t("take")}
        </Button>
      ) : null}
      {actions.canTransfer ? (
        <Button type="button" variant="outline" onClick={() => setIsTransferring(true)} disabled={isPending}>
          <ArrowRightLeft aria-hidden="true" />
          {t("transfer")}
        </Button>
      ) : null}
      <TransferDialog conversationId={conversationId} open={isTransferring} onOpenChange={setIsTransferring} />
      {/* One element for Close and Reopen, so keyboard focus survives the switch between them. */}
      {actions.canClose || actions.canReopen ? (
        <Button type="button" variant="outline" onClick={actions.canClose ? () => setIsConfirmingClose(true) : reopen} disabled={isPending}>
          {actions.canClose ? <CheckCircle2 aria-hidden="true" /> : <RotateCcw aria-hidden="true" />}
          {actions.canClose ? t("close") : t("reopen")}
        </Button>
      ) : null}
      <ConfirmDialog
        open={isConfirmingClose}
        onOpenChange={setIsConfirmingClose}
        title={t("closeTitle")}
        description={t("closeDescription", { survey: surveyOnClose ? "yes" : "no" })}
        confirmLabel={t("closeConfirm")}
        destructive={false}
        onConfirm={close}
      />
    </div>
  );
}

"use client";
// The "Assign to number…" dialog, loaded when first opened (assign-number-button.tsx, decision 036), for a held message whose provider didn't say which number was texted (TeleSign's
// empty sender_id): the administrator picks one of the account's numbers and the message is routed.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { assignHeldMessageNumberAction } from "@/lib/message-log/actions";
import { knownHeldReason } from "@/lib/message-log/reasons";

export type Props = { heldMessageId: string; from: string; received: string; provider: string; numbers: { id: string; address: string }[] };

const PROVIDER_NAMES: Record<string, string> = { TWILIO: "Twilio", TELESIGN: "TeleSign" };

export function AssignNumberDialog({
  heldMessageId,
  provider,
  numbers,
  open,
  onOpenChange: setOpen,
}: Props & { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations();
  const router = useRouter();
  const errorId = useId();
  const [numberId, setNumberId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function assign(event: React.FormEvent) {
    event.preventDefault();
    if (!numberId) {
      setError(t("validation.messageLog.chooseNumber"));
      return;
    }
    startTransition(async () => {
      const result = await assignHeldMessageNumberAction({ heldMessageId, numberId });
      if (!result.ok) {
        setError(result.fieldErrors?.numberId ?? result.error);
        return;
      }
      setOpen(false);
      if (result.data.outcome === "routed") {
        const href = `/conversations/${result.data.conversationId}`;
        toast.success(t("messageLog.held.routed"), {
          action: { label: t("messageLog.held.openConversation"), onClick: () => router.push(href) },
        });
      } else {
        const reason = knownHeldReason(result.data.reason);
        toast.warning(
          t("messageLog.held.stillHeld", {
            explanation: reason ? t(`messageLog.held.reasons.${reason}.explanation`, { to: "—" }) : result.data.reason,
          }),
        );
      }
      router.refresh();
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError(null);
      }}
    >
      <DialogContent closeLabel={t("common.close")}>
        <DialogHeader>
          <DialogTitle>{t("messageLog.held.assignTitle")}</DialogTitle>
          <DialogDescription>
            {t("messageLog.held.assignDescription", { provider: PROVIDER_NAMES[provider] ?? provider })}
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={assign} noValidate className="flex flex-col gap-4">
          {numbers.length === 0 ? (
            <p className="text-sm">{t("messageLog.held.noNumbers")}</p>
          ) : (
            <fieldset
              className="flex flex-col gap-2"
              aria-describedby={error ? errorId : undefined}
              aria-invalid={error ? true : undefined}
            >
              <legend className="mb-1 text-sm font-medium">{t("messageLog.held.assignNumber")}</legend>
              {numbers.map((number) => (
                <label key={number.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="numberId"
                    value={number.id}
                    checked={numberId === number.id}
                    onChange={() => setNumberId(number.id)}
                    className="size-4 accent-primary"
                  />
                  <span className="font-mono">{number.address}</span>
                </label>
              ))}
            </fieldset>
          )}
          {error ? (
            <p id={errorId} role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="submit" disabled={isPending || numbers.length === 0}>
              {isPending ? t("messageLog.held.assigning") : t("messageLog.held.assignConfirm")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

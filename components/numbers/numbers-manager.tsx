"use client";
// An account's numbers: list and, for those who may manage numbers, add, edit, remove and (Twilio) "Check in Twilio".
import { Hash } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { InlineListFrame } from "@/components/common/inline-list-frame";
import { RowActionsMenu } from "@/components/common/row-actions-menu";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { checkNumberInTwilioAction, removeNumberAction } from "@/lib/numbers/actions";
import { lazyDialog } from "@/components/common/lazy-dialog";
import type { TwilioCheck } from "./twilio-check-dialog";

// Both load when first opened (the number dialog brings libphonenumber-js's metadata: decision 036).
const NumberDialog = lazyDialog(() => import("./number-dialog").then((module) => module.NumberDialog));
const TwilioCheckDialog = lazyDialog(() => import("./twilio-check-dialog").then((module) => module.TwilioCheckDialog));

export type NumberRow = {
  id: string;
  providerFormat: string;
  international: string | null;
  type: string | null;
  country: string | null;
  displayName: string | null;
  description: string | null;
  messagingServiceSid: string | null;
  sendRatePerSecond: number | null;
};

type Props = {
  account: { id: string; channel: "SMS" | "WHATSAPP"; provider: "TWILIO" | "TELESIGN" };
  numbers: NumberRow[];
  canManage: boolean;
};

export function NumbersManager({ account, numbers, canManage }: Props) {
  const t = useTranslations();
  const [editing, setEditing] = useState<NumberRow | "new" | null>(null);
  const [removing, setRemoving] = useState<NumberRow | null>(null);
  const [check, setCheck] = useState<{ number: string; result: TwilioCheck } | null>(null);
  const [isPending, startTransition] = useTransition();
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const isSms = account.channel === "SMS";

  function checkInTwilio(row: NumberRow) {
    startTransition(async () => {
      const result = await checkNumberInTwilioAction({ numberId: row.id });
      if (!result.ok) toast.error(result.error);
      else setCheck({ number: row.providerFormat, result: result.data });
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <InlineListFrame
        addLabel={canManage ? t("numbers.add") : null}
        onAdd={() => setEditing("new")}
        addButtonRef={addButtonRef}
        isEmpty={numbers.length === 0}
        emptyIcon={Hash}
        emptyText={t("numbers.empty")}
      >
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("numbers.number")}</TableHead>
              <TableHead scope="col">{isSms ? t("numbers.type") : t("numbers.displayName")}</TableHead>
              <TableHead scope="col">{t("numbers.description")}</TableHead>
              <TableHead scope="col">
                <span className="sr-only">{t("common.actions")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {numbers.map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  <Link href={`/channels/numbers/${row.id}`} className="font-mono underline-offset-4 hover:underline">
                    {row.providerFormat}
                  </Link>
                  {row.international ? <span className="block text-xs text-muted-foreground">{row.international}</span> : null}
                  {row.country && !row.international ? <span className="block text-xs text-muted-foreground">{row.country}</span> : null}
                </TableCell>
                <TableCell>{isSms ? (row.type ? t(`numbers.types.${row.type}`) : "—") : row.displayName}</TableCell>
                <TableCell className="max-w-xs whitespace-normal">
                  {row.description ?? ""}
                  {row.messagingServiceSid ? (
                    <span className="block text-xs text-muted-foreground">
                      {t("numbers.messagingService.sendsThrough", { sid: row.messagingServiceSid })}
                    </span>
                  ) : null}
                  {row.sendRatePerSecond ? (
                    <span className="block text-xs text-muted-foreground">
                      {t("numbers.sendRate.perSecond", { rate: row.sendRatePerSecond })}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell className="text-right">
                  {canManage ? (
                    <RowActionsMenu
                      label={t("numbers.rowActions", { number: row.providerFormat })}
                      disabled={isPending}
                      actions={[
                        account.provider === "TWILIO" && row.international
                          ? { label: t("numbers.checkInTwilio"), onSelect: () => checkInTwilio(row) }
                          : null,
                        { label: t("numbers.edit"), onSelect: () => setEditing(row) },
                        { label: t("numbers.remove"), destructive: true, onSelect: () => setRemoving(row) },
                      ]}
                    />
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </InlineListFrame>
      {editing ? (
        <NumberDialog
          key={editing === "new" ? "new" : editing.id}
          account={account}
          number={editing === "new" ? undefined : { ...editing, value: editing.providerFormat }}
          open
          onOpenChange={(open) => (open ? null : setEditing(null))}
          // After adding, keyboard users carry on from "Add number" (the list re-renders under the dialog).
          onCloseAutoFocus={
            editing === "new"
              ? (event) => {
                  event.preventDefault();
                  addButtonRef.current?.focus();
                }
              : undefined
          }
        />
      ) : null}
      <ConfirmActionDialog
        open={removing !== null}
        onOpenChange={(open) => (open ? null : setRemoving(null))}
        title={t("numbers.removeTitle", { number: removing?.providerFormat ?? "" })}
        description={t("numbers.removeDescription")}
        confirmLabel={t("numbers.remove")}
        action={() => removeNumberAction({ numberId: removing?.id ?? "" })}
        success={t("numbers.removed", { number: removing?.providerFormat ?? "" })}
      />
      {check ? <TwilioCheckDialog number={check.number} check={check.result} onClose={() => setCheck(null)} /> : null}
    </div>
  );
}

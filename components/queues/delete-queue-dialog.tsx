"use client";
// Deleting a queue: refused up front, with the reasons, while a workstream or routing rule uses it
// (the server refuses too, in the same words, in case that changed since the page loaded).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { deleteQueueAction } from "@/lib/queues/actions";
import { isQueueInUse, type QueueUsage } from "@/lib/queues/queue-usage";
import { useQueueUsageLines } from "./use-queue-usage";

export type DeletableQueue = { id: string; name: string; memberCount: number; usage: QueueUsage };

type Props = { queue: DeletableQueue; open: boolean; onOpenChange: (open: boolean) => void; onDeleted?: () => void };

export function DeleteQueueDialog({ queue, open, onOpenChange, onDeleted }: Props) {
  const t = useTranslations();
  const usageLines = useQueueUsageLines(queue.usage);

  if (isQueueInUse(queue.usage)) {
    return (
      <AlertDialog open={open} onOpenChange={onOpenChange}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t("queues.delete.blockedTitle", { name: queue.name })}</AlertDialogTitle>
            <AlertDialogDescription>{t("queues.delete.blockedDescription")}</AlertDialogDescription>
          </AlertDialogHeader>
          <ul className="list-disc pl-5 text-sm">
            {usageLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <AlertDialogFooter>
            <Button asChild variant="outline">
              <Link href="/workstreams">{t("queues.delete.openWorkstreams")}</Link>
            </Button>
            <AlertDialogCancel>{t("common.close")}</AlertDialogCancel>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    );
  }

  return (
    // On failure it closes and the page refreshes: whatever now uses the queue shows up in the list
    // and in the next confirmation.
    <ConfirmActionDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("queues.delete.title", { name: queue.name })}
      description={t("queues.delete.description", { count: queue.memberCount })}
      confirmLabel={t("queues.delete.confirm")}
      action={() => deleteQueueAction({ queueId: queue.id })}
      success={t("queues.delete.deleted", { name: queue.name })}
      onSuccess={onDeleted}
      closeOnFailure
    />
  );
}

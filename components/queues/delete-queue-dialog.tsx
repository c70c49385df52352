"use client";
// Deleting a queue: refused up front, with the reasons, while a workstream or routing rule uses it
// (the server refuses too, in the same words, in case that changed since the page loaded).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
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
  const router = useRouter();
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

  async function remove() {
    const result = await deleteQueueAction({ queueId: queue.id });
    onOpenChange(false);
    if (!result.ok) {
      toast.error(result.error);
      router.refresh(); // whatever now uses the queue shows up in the list and the next confirmation
      return;
    }
    toast.success(t("queues.delete.deleted", { name: queue.name }));
    if (onDeleted) onDeleted();
    else router.refresh();
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("queues.delete.title", { name: queue.name })}
      description={t("queues.delete.description", { count: queue.memberCount })}
      confirmLabel={t("queues.delete.confirm")}
      onConfirm={remove}
    />
  );
}

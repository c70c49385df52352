"use client";
// (Loaded on first open through components/common/confirm-dialog.tsx.)
// A confirmation before a destructive or consequential action; stays open until the action answers.
// ConfirmActionDialog adds the usual ending: run a server action; on failure a toast with its error
// (the dialog stays open to try again, unless `closeOnFailure`); on success a toast, close, then
// refresh the page (or `onSuccess`, e.g. to navigate away).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition, type ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  destructive?: boolean;
  children?: ReactNode;
};

export function ConfirmDialog({ open, onOpenChange, title, description, confirmLabel, onConfirm, destructive = true, children }: Props) {
  const t = useTranslations("common");
  const [isPending, startTransition] = useTransition();
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {children}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={isPending}>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction
            variant={destructive ? "destructive" : "default"}
            disabled={isPending}
            onClick={(event) => {
              event.preventDefault();
              startTransition(onConfirm);
            }}
          >
            {confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

type ConfirmActionProps<T> = Omit<Props, "onConfirm"> & {
  action: () => Promise<ActionResult<T>>;
  /** The success toast's text. */
  success: string;
  /** After success, instead of refreshing the page. */
  onSuccess?: (data: T) => void;
  /**
   * Close on failure too, where trying again can't help (something now uses the record): the toast
   * says why, and the refreshed page shows what changed.
   */
  closeOnFailure?: boolean;
};

export function ConfirmActionDialog<T>({ action, success, onSuccess, closeOnFailure = false, ...dialog }: ConfirmActionProps<T>) {
  const router = useRouter();
  async function confirm() {
    const result = await action();
    if (!result.ok) {
      toast.error(result.error);
      if (closeOnFailure) {
        dialog.onOpenChange(false);
        router.refresh();
      }
      return;
    }
    toast.success(success);
    dialog.onOpenChange(false);
    if (onSuccess) onSuccess(result.data);
    else router.refresh();
  }
  return <ConfirmDialog {...dialog} onConfirm={confirm} />;
}

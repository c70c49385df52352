"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { RowActionsMenu } from "@/components/common/row-actions-menu";
import { lazyDialog } from "@/components/common/lazy-dialog";
import type { DeletableQueue } from "./delete-queue-dialog";

const DeleteQueueDialog = lazyDialog(() => import("./delete-queue-dialog").then((module) => module.DeleteQueueDialog));

export function QueueRowActions({ queue }: { queue: DeletableQueue }) {
  const t = useTranslations("queues");
  const [isDeleting, setIsDeleting] = useState(false);
  return (
    <>
      <RowActionsMenu
        label={t("rowActions", { name: queue.name })}
        actions={[
          { label: t("edit"), href: `/queues/${queue.id}` },
          { label: t("delete.action"), destructive: true, onSelect: () => setIsDeleting(true) },
        ]}
      />
      <DeleteQueueDialog queue={queue} open={isDeleting} onOpenChange={setIsDeleting} />
    </>
  );
}

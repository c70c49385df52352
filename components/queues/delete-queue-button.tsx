"use client";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DeleteQueueDialog, type DeletableQueue } from "./delete-queue-dialog";

/** "Delete queue" on a queue's page; back to the list once it's gone. */
export function DeleteQueueButton({ queue }: { queue: DeletableQueue }) {
  const t = useTranslations("queues.delete");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="outline" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden="true" />
        {t("action")}
      </Button>
      <DeleteQueueDialog queue={queue} open={open} onOpenChange={setOpen} onDeleted={() => router.push("/queues")} />
    </>
  );
}

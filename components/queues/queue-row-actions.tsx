"use client";
import { MoreHorizontal } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { DeleteQueueDialog, type DeletableQueue } from "./delete-queue-dialog";

export function QueueRowActions({ queue }: { queue: DeletableQueue }) {
  const t = useTranslations("queues");
  const [isDeleting, setIsDeleting] = useState(false);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={t("rowActions", { name: queue.name })}>
            <MoreHorizontal aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem asChild>
            <Link href={`/queues/${queue.id}`}>{t("edit")}</Link>
          </DropdownMenuItem>
          <DropdownMenuItem variant="destructive" onSelect={() => setIsDeleting(true)}>
            {t("delete.action")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <DeleteQueueDialog queue={queue} open={isDeleting} onOpenChange={setIsDeleting} />
    </>
  );
}

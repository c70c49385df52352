"use client";
// Delete, after a confirmation that names what uses the record: those queues and channel instances
// are detached (they keep working, without operating hours), not deleted.
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { Button } from "@/components/ui/button";
import { deleteOperatingHoursAction } from "@/lib/workstreams/operating-hours/actions";

type Props = { id: string; name: string; queues: { id: string; name: string }[]; queueCount: number; channelInstanceCount: number };

export function DeleteOperatingHoursButton({ id, name, queues, queueCount, channelInstanceCount }: Props) {
  const t = useTranslations("operatingHours.delete");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const isUsed = queueCount > 0 || channelInstanceCount > 0;

  return (
    <>
      <Button type="button" variant="destructive" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden="true" />
        {t("button")}
      </Button>
      <ConfirmActionDialog
        open={open}
        onOpenChange={setOpen}
        title={t("title", { name })}
        description={isUsed ? t("descriptionUsed") : t("descriptionUnused")}
        confirmLabel={t("confirm")}
        action={() => deleteOperatingHoursAction({ id })}
        success={t("deleted", { name })}
        onSuccess={() => router.push("/operating-hours")}
      >
        {isUsed ? (
          <div className="flex max-h-72 flex-col gap-3 overflow-y-auto text-sm">
            <div>
              <p className="font-medium">{t("queues", { count: queueCount })}</p>
              {queues.length > 0 ? (
                <ul className="mt-1 list-disc pl-5">
                  {queues.map((queue) => (
                    <li key={queue.id}>{queue.name}</li>
                  ))}
                  {queueCount > queues.length ? <li>{t("moreQueues", { count: queueCount - queues.length })}</li> : null}
                </ul>
              ) : null}
            </div>
            <p className="font-medium">{t("channelInstances", { count: channelInstanceCount })}</p>
          </div>
        ) : null}
      </ConfirmActionDialog>
    </>
  );
}

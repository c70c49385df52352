"use client";
// Copy and Delete of a workstream; deletion is refused (with the reason) while numbers use it.
import { Copy, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { Button } from "@/components/ui/button";
import { copyWorkstreamAction, deleteWorkstreamAction } from "@/lib/workstreams/actions";

export function WorkstreamActions({ workstream }: { workstream: { id: string; name: string; numbers: string[] } }) {
  const t = useTranslations("workstreams");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [isPending, startTransition] = useTransition();

  function copy() {
    startTransition(async () => {
      const result = await copyWorkstreamAction({ workstreamId: workstream.id });
      if (!result.ok) return void toast.error(result.error);
      toast.success(t("copied", { name: result.data.name }));
      router.push(`/workstreams/${result.data.id}`);
    });
  }

  return (
    <div className="flex gap-2">
      <Button type="button" variant="outline" onClick={copy} disabled={isPending}>
        <Copy aria-hidden="true" />
        {t("copy")}
      </Button>
      <Button type="button" variant="destructive" onClick={() => setConfirming(true)}>
        <Trash2 aria-hidden="true" />
        {t("delete")}
      </Button>
      <ConfirmActionDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("deleteTitle", { name: workstream.name })}
        description={
          workstream.numbers.length > 0 ? t("deleteBlocked", { numbers: workstream.numbers.join(", ") }) : t("deleteDescription")
        }
        confirmLabel={t("delete")}
        action={() => deleteWorkstreamAction({ workstreamId: workstream.id })}
        success={t("deleted", { name: workstream.name })}
        onSuccess={() => router.push("/workstreams")}
        closeOnFailure
      />
    </div>
  );
}

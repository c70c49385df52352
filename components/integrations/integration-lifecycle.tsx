"use client";
// Status Active/Inactive and Delete, each with a confirmation that says what happens to the numbers.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { deleteIntegrationAction, setIntegrationActiveAction } from "@/lib/integrations/actions";

type Props = {
  integration: { id: string; name: string; status: "DRAFT" | "ACTIVE" | "INACTIVE"; hasCredentials: boolean };
  numbers: { id: string; display: string; previousSmsUrl: string | null }[];
  workstreams: { id: string; name: string }[];
};

export function IntegrationLifecycle({ integration, numbers, workstreams }: Props) {
  const t = useTranslations("integrations.lifecycle");
  const router = useRouter();
  const [dialog, setDialog] = useState<"status" | "delete" | null>(null);
  const restorable = numbers.filter((number) => number.previousSmsUrl !== null);
  const [restore, setRestore] = useState<string[]>(restorable.map((number) => number.id));
  const isActive = integration.status === "ACTIVE";

  async function toggle() {
    const result = await setIntegrationActiveAction({ accountId: integration.id, isActive: !isActive });
    if (!result.ok) return void toast.error(result.error);
    toast.success(t(isActive ? "deactivated" : "activated", { name: integration.name }));
    setDialog(null);
    router.refresh();
  }

  async function remove() {
    const result = await deleteIntegrationAction({ accountId: integration.id, restoreNumberIds: restore });
    if (!result.ok) return void toast.error(result.error);
    if (result.data.failed.length > 0) toast.warning(t("restoreFailed", { numbers: result.data.failed.join(", ") }));
    toast.success(t("deleted", { name: integration.name }));
    router.push("/channels/integrations");
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant={isActive ? "outline" : "default"}
          onClick={() => setDialog("status")}
          disabled={!isActive && !integration.hasCredentials}
        >
          {isActive ? t("deactivate") : t("activate")}
        </Button>
        <Button type="button" variant="destructive" onClick={() => setDialog("delete")}>
          {t("delete")}
        </Button>
      </div>
      {!isActive && !integration.hasCredentials ? <p className="text-sm text-muted-foreground">{t("credentialsFirst")}</p> : null}
      <ConfirmDialog
        open={dialog === "status"}
        onOpenChange={(open) => setDialog(open ? "status" : null)}
        title={t(isActive ? "deactivateTitle" : "activateTitle", { name: integration.name })}
        description={t(isActive ? "deactivateDescription" : "activateDescription")}
        confirmLabel={isActive ? t("deactivate") : t("activate")}
        destructive={isActive}
        onConfirm={toggle}
      />
      <ConfirmDialog
        open={dialog === "delete"}
        onOpenChange={(open) => setDialog(open ? "delete" : null)}
        title={t("deleteTitle", { name: integration.name })}
        description={t("deleteDescription")}
        confirmLabel={t("delete")}
        onConfirm={remove}
      >
        <div className="flex max-h-72 flex-col gap-3 overflow-y-auto text-sm">
          <div>
            <p className="font-medium">{t("numbersLeaving", { count: numbers.length })}</p>
            <ul className="mt-1 list-disc pl-5 font-mono text-xs">
              {numbers.map((number) => (
                <li key={number.id}>{number.display}</li>
              ))}
            </ul>
          </div>
          <p>{workstreams.length === 0 ? t("noWorkstreams") : t("workstreams", { names: workstreams.map((w) => w.name).join(", ") })}</p>
          {restorable.length > 0 ? (
            <fieldset className="flex flex-col gap-2">
              <legend className="font-medium">{t("restoreLegend")}</legend>
              {restorable.map((number) => (
                <div key={number.id} className="flex items-start gap-2">
                  <Checkbox
                    id={`restore-${number.id}`}
                    checked={restore.includes(number.id)}
                    onCheckedChange={(checked) =>
                      setRestore((current) => (checked === true ? [...current, number.id] : current.filter((id) => id !== number.id)))
                    }
                  />
                  <Label htmlFor={`restore-${number.id}`} className="font-normal">
                    {t("restoreOne", { number: number.display, url: number.previousSmsUrl || t("noPreviousUrl") })}
                  </Label>
                </div>
              ))}
            </fieldset>
          ) : (
            <p>{t("webhooksStillPointHere")}</p>
          )}
        </div>
      </ConfirmDialog>
    </div>
  );
}

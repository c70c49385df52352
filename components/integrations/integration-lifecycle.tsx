"use client";
// Status Active/Inactive and Delete, each with a confirmation that says what happens to the numbers.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { LifecycleActions } from "@/components/common/lifecycle-actions";
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
  const restorable = numbers.filter((number) => number.previousSmsUrl !== null);
  const [restore, setRestore] = useState<string[]>(restorable.map((number) => number.id));

  return (
    <LifecycleActions
      namespace="integrations.lifecycle"
      name={integration.name}
      isActive={integration.status === "ACTIVE"}
      canToggle
      activateBlockedReason={integration.hasCredentials ? null : t("credentialsFirst")}
      setActive={(isActive) => setIntegrationActiveAction({ accountId: integration.id, isActive })}
      remove={() => deleteIntegrationAction({ accountId: integration.id, restoreNumberIds: restore })}
      onRemoved={({ failed }) => {
        if (failed.length > 0) toast.warning(t("restoreFailed", { numbers: failed.join(", ") }));
        router.push("/channels/integrations");
      }}
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
    </LifecycleActions>
  );
}

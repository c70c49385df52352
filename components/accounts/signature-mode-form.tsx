"use client";
// Enforce or Monitor for the account's callback URL. Monitor accepts forged requests too, so
// switching to it asks first and says so.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "@/components/forms/use-form";
import { toast } from "@/components/ui/toast";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { ChoiceCards } from "@/components/forms/choice-cards";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { updateSignatureModeAction } from "@/lib/accounts/actions";
import { SIGNATURE_MODES, type SignatureMode } from "@/lib/accounts/accounts.constants";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

type Values = { accountId: string; signatureMode: SignatureMode };

export function SignatureModeForm({ accountId, signatureMode, canManage }: Values & { canManage: boolean }) {
  const t = useTranslations("accounts.signature");
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const [pending, setPending] = useState<Values | null>(null);
  const form = useForm<Values>({
    resolver: lazyZodResolver(() => import("@/lib/accounts/accounts.schema").then((module) => module.updateSignatureModeSchema)),
    defaultValues: { accountId, signatureMode },
  });
  const { errors, isSubmitting, isDirty } = form.formState;

  async function save(values: Values) {
    setBanner(null);
    const result = await updateSignatureModeAction(values);
    if (!result.ok) {
      setBanner(applyActionFailure(form, result));
      return;
    }
    setPending(null);
    toast.success(t("saved", { mode: t(`modes.${values.signatureMode}.label`) }));
    form.reset(values);
    router.refresh();
  }

  const onSubmit = form.handleSubmit(async (values) => {
    if (values.signatureMode === "MONITOR" && signatureMode !== "MONITOR") return setPending(values);
    await save(values);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-4">
      <FormBanner message={banner} />
      <ChoiceCards
        legend={t("legend")}
        errorId="signature-mode-error"
        error={errorText(errors.signatureMode)}
        options={SIGNATURE_MODES.map((mode) => ({
          value: mode,
          label: t(`modes.${mode}.label`),
          description: t(`modes.${mode}.description`),
        }))}
        {...form.register("signatureMode")}
        disabled={!canManage}
      />
      {canManage ? (
        <div>
          <Button type="submit" variant="outline" disabled={isSubmitting || !isDirty}>
            {t("save")}
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(open) => {
          // Cancelled: the cards go back to the saved mode.
          if (!open) {
            setPending(null);
            form.reset({ accountId, signatureMode });
          }
        }}
        title={t("confirmTitle")}
        description={t("confirmDescription")}
        confirmLabel={t("confirm")}
        onConfirm={async () => {
          if (pending) await save(pending);
        }}
      />
    </form>
  );
}

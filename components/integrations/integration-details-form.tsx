"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "@/components/forms/use-form";
import { toast } from "@/components/ui/toast";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { updateIntegrationDetailsAction } from "@/lib/integrations/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export function IntegrationDetailsForm({
  accountId,
  name,
  notes,
  canManage,
}: {
  accountId: string;
  name: string;
  notes: string | null;
  canManage: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/integrations/integrations.schema").then((module) => module.integrationDetailsSchema)),
    defaultValues: { accountId, name, notes: notes ?? "" },
  });
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateIntegrationDetailsAction({ ...values, notes: values.notes ?? undefined });
    if (!result.ok) return void toast.error(applyActionFailure(form, result));
    toast.success(t("integrations.saved"));
    form.reset({ accountId, name: values.name, notes: values.notes ?? "" });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormField label={t("integrations.name")} htmlFor="integration-name" error={errorText(errors.name)}>
        <Input id="integration-name" disabled={!canManage} {...form.register("name")} {...fieldA11y("integration-name", !!errors.name)} />
      </FormField>
      <FormField
        label={t("integrations.notes")}
        htmlFor="integration-notes"
        description={t("integrations.notesHint")}
        error={errorText(errors.notes)}
      >
        <Textarea
          id="integration-notes"
          rows={3}
          disabled={!canManage}
          {...form.register("notes")}
          {...fieldA11y("integration-notes", !!errors.notes, true)}
        />
      </FormField>
      {canManage ? (
        <div>
          <Button type="submit" disabled={isSubmitting || !isDirty}>
            {t("common.save")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}

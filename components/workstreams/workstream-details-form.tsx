"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Controller, useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { OptionSelect } from "@/components/forms/option-select";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { updateWorkstreamDetailsAction } from "@/lib/workstreams/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

type Props = { workstreamId: string; name: string; fallbackQueueId: string; queues: { id: string; name: string }[]; canManage: boolean };

export function WorkstreamDetailsForm({ workstreamId, name, fallbackQueueId, queues, canManage }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/workstreams/workstreams.schema").then((module) => module.workstreamDetailsSchema)),
    defaultValues: { workstreamId, name, fallbackQueueId },
  });
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateWorkstreamDetailsAction(values);
    if (!result.ok) return void toast.error(applyActionFailure(form, result));
    toast.success(t("workstreams.saved"));
    form.reset(values);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <fieldset disabled={!canManage} className="flex flex-col gap-4">
        <FormField label={t("workstreams.name")} htmlFor="workstream-name" error={errorText(errors.name)}>
          <Input id="workstream-name" {...form.register("name")} {...fieldA11y("workstream-name", !!errors.name)} />
        </FormField>
        <FormField
          label={t("workstreams.fallbackQueue")}
          htmlFor="workstream-fallback"
          description={t("workstreams.fallbackHint")}
          error={errorText(errors.fallbackQueueId)}
        >
          <Controller
            control={form.control}
            name="fallbackQueueId"
            render={({ field }) => (
              <OptionSelect
                id="workstream-fallback"
                value={field.value}
                onChange={field.onChange}
                invalid={!!errors.fallbackQueueId}
                options={queues.map((queue) => ({ value: queue.id, label: queue.name }))}
              />
            )}
          />
        </FormField>
        {canManage ? (
          <div>
            <Button type="submit" disabled={isSubmitting || !isDirty}>
              {t("common.save")}
            </Button>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}

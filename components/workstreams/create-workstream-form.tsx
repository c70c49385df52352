"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { ChoiceCards } from "@/components/forms/choice-cards";
import { FormBanner } from "@/components/forms/form-banner";
import { OptionSelect } from "@/components/forms/option-select";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { CHANNELS } from "@/lib/accounts/accounts.constants";
import { createWorkstreamAction } from "@/lib/workstreams/actions";
import { DISTRIBUTION_MODES } from "@/lib/workstreams/workstreams.constants";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export function CreateWorkstreamForm({ queues }: { queues: { id: string; name: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/workstreams/workstreams.schema").then((module) => module.createWorkstreamSchema)),
    defaultValues: {
      name: "",
      channel: "SMS" as const,
      distributionMode: "PUSH" as const,
      fallbackQueueMode: queues.length > 0 ? ("existing" as const) : ("new" as const),
      fallbackQueueId: "",
      newQueueName: "",
    },
  });
  const queueMode = useWatch({ control: form.control, name: "fallbackQueueMode" });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await createWorkstreamAction(values);
    if (!result.ok) return void setBanner(applyActionFailure(form, result));
    router.push(`/workstreams/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5">
      <FormBanner message={banner} />
      <FormField label={t("workstreams.name")} htmlFor="workstream-name" error={errorText(errors.name)}>
        <Input id="workstream-name" autoFocus {...form.register("name")} {...fieldA11y("workstream-name", !!errors.name)} />
      </FormField>
      <p className="text-sm">
        <span className="text-muted-foreground">{t("workstreams.type")}: </span>
        {t("workstreams.messaging")}
      </p>
      <ChoiceCards
        legend={t("workstreams.channel")}
        errorId="workstream-channel-error"
        error={errorText(errors.channel)}
        options={CHANNELS.map((value) => ({ value, label: t(`accounts.channels.${value}`) }))}
        {...form.register("channel")}
      />
      <ChoiceCards
        legend={t("workstreams.distributionMode")}
        errorId="workstream-mode-error"
        error={errorText(errors.distributionMode)}
        options={DISTRIBUTION_MODES.map((value) => ({
          value,
          label: t(`workstreams.modes.${value}`),
          description: t(`workstreams.modeHints.${value}`),
        }))}
        {...form.register("distributionMode")}
      />
      <p className="-mt-3 text-sm text-muted-foreground">{t("workstreams.modeFixed")}</p>
      <ChoiceCards
        legend={t("workstreams.fallbackQueue")}
        errorId="workstream-queue-mode-error"
        options={[
          { value: "existing", label: t("workstreams.chooseQueue"), disabled: queues.length === 0 },
          { value: "new", label: t("workstreams.createQueue") },
        ]}
        {...form.register("fallbackQueueMode")}
      />
      {queueMode === "existing" ? (
        <FormField label={t("workstreams.queue")} htmlFor="workstream-queue" error={errorText(errors.fallbackQueueId)}>
          <Controller
            control={form.control}
            name="fallbackQueueId"
            render={({ field }) => (
              <OptionSelect
                id="workstream-queue"
                value={field.value ?? ""}
                onChange={field.onChange}
                invalid={!!errors.fallbackQueueId}
                placeholder={t("workstreams.chooseQueuePlaceholder")}
                options={queues.map((queue) => ({ value: queue.id, label: queue.name }))}
              />
            )}
          />
        </FormField>
      ) : (
        <FormField label={t("workstreams.newQueueName")} htmlFor="workstream-new-queue" error={errorText(errors.newQueueName)}>
          <Input
            id="workstream-new-queue"
            {...form.register("newQueueName")}
            {...fieldA11y("workstream-new-queue", !!errors.newQueueName)}
          />
        </FormField>
      )}
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {t("workstreams.create")}
        </Button>
      </div>
    </form>
  );
}

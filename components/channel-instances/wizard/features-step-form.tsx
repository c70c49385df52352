"use client";
// Step 4. File attachments: who may send them, how large, and which types agents may send
// (outbound types per channel, SPEC §2).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useWatch } from "react-hook-form";
import { useForm } from "@/components/forms/use-form";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Checkbox } from "@/components/ui/checkbox";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { saveChannelFeaturesAction } from "@/lib/channel-instances/actions";
import {
  ATTACHMENT_MB,
  FILE_TYPES_BY_CHANNEL,
  PROVIDER_ATTACHMENT_MB,
  type FileType,
  type SetupChannel,
} from "@/lib/channel-instances/channel-instances.constants";
import { StepActions, type ExitLink } from "./step-actions";
import { ToggleField } from "./toggle-field";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export type FeaturesValues = {
  attachmentsEnabled: boolean;
  customersCanSend: boolean;
  agentsCanSend: boolean;
  maxAttachmentMb: number;
  allowedFileTypes: readonly string[];
};

type Props = { instanceId: string; channel: SetupChannel; values: FeaturesValues; nextHref: string; backHref: string; exit: ExitLink };

export function FeaturesStepForm({ instanceId, channel, values, nextHref, backHref, exit }: Props) {
  const t = useTranslations("channelSetup.features");
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const types = FILE_TYPES_BY_CHANNEL[channel];
  const form = useForm({
    resolver: lazyZodResolver(() =>
      import("@/lib/channel-instances/channel-instances.schema").then((module) => module.featuresStepSchema(channel)),
    ),
    defaultValues: {
      instanceId,
      attachmentsEnabled: values.attachmentsEnabled,
      customersCanSend: values.customersCanSend,
      agentsCanSend: values.agentsCanSend,
      maxAttachmentMb: values.maxAttachmentMb,
      allowedFileTypes: types.filter((type) => values.allowedFileTypes.includes(type)),
    },
  });
  const [enabled, size] = useWatch({ control: form.control, name: ["attachmentsEnabled", "maxAttachmentMb"] });
  const { errors, isSubmitting } = form.formState;
  const providerLimit = PROVIDER_ATTACHMENT_MB[channel];

  const onSubmit = form.handleSubmit(async (input) => {
    setBanner(null);
    const result = await saveChannelFeaturesAction(input);
    if (!result.ok) return void setBanner(applyActionFailure(form, result));
    router.push(nextHref);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-6">
      <FormBanner message={banner} />
      <Controller
        control={form.control}
        name="attachmentsEnabled"
        render={({ field }) => (
          <ToggleField
            id="attachments-enabled"
            label={t("toggle")}
            description={t("hint")}
            checked={field.value}
            onCheckedChange={field.onChange}
          />
        )}
      />
      {enabled ? (
        <>
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-2 text-sm font-medium">{t("senders")}</legend>
            <Controller
              control={form.control}
              name="customersCanSend"
              render={({ field }) => (
                <ToggleField
                  id="customers-can-send"
                  label={t("customersCanSend")}
                  checked={field.value}
                  onCheckedChange={field.onChange}
                  error={errorText(errors.customersCanSend)}
                />
              )}
            />
            <Controller
              control={form.control}
              name="agentsCanSend"
              render={({ field }) => (
                <ToggleField id="agents-can-send" label={t("agentsCanSend")} checked={field.value} onCheckedChange={field.onChange} />
              )}
            />
          </fieldset>
          <FormField
            label={t("size")}
            htmlFor="max-attachment-mb"
            description={
              <>
                {t("sizeHint", { min: ATTACHMENT_MB.min, max: ATTACHMENT_MB.max, providerLimit })}
                {size > providerLimit ? (
                  <span className="mt-1 block text-amber-800">{t(`sizeOverProvider.${channel}`, { providerLimit })}</span>
                ) : null}
              </>
            }
            error={errorText(errors.maxAttachmentMb)}
          >
            <Input
              id="max-attachment-mb"
              type="number"
              inputMode="numeric"
              min={ATTACHMENT_MB.min}
              max={ATTACHMENT_MB.max}
              step={1}
              className="w-32"
              {...form.register("maxAttachmentMb", { valueAsNumber: true })}
              {...fieldA11y("max-attachment-mb", !!errors.maxAttachmentMb, true)}
            />
          </FormField>
          <fieldset
            className="flex flex-col gap-2"
            aria-describedby={`file-types-hint${errors.allowedFileTypes ? " allowedFileTypes-error" : ""}`}
          >
            <legend className="mb-1 text-sm font-medium">{t("fileTypes")}</legend>
            <p id="file-types-hint" className="text-sm text-muted-foreground">
              {t(`fileTypesHint.${channel}`)}
            </p>
            <Controller
              control={form.control}
              name="allowedFileTypes"
              render={({ field }) => (
                <div className="grid grid-cols-3 gap-3 sm:grid-cols-6">
                  {types.map((type) => (
                    <div key={type} className="flex items-center gap-2">
                      <Checkbox
                        id={`file-type-${type.slice(1)}`}
                        checked={field.value.includes(type)}
                        onCheckedChange={(checked) =>
                          field.onChange(
                            checked === true
                              ? types.filter((candidate) => candidate === type || field.value.includes(candidate))
                              : field.value.filter((value: FileType) => value !== type),
                          )
                        }
                      />
                      <Label htmlFor={`file-type-${type.slice(1)}`} className="font-mono font-normal">
                        {type}
                      </Label>
                    </div>
                  ))}
                </div>
              )}
            />
            <p id="allowedFileTypes-error" aria-live="polite" className="text-sm text-destructive empty:hidden">
              {errorText(errors.allowedFileTypes as never)}
            </p>
          </fieldset>
        </>
      ) : null}
      <StepActions backHref={backHref} exit={exit} isSubmitting={isSubmitting} />
    </form>
  );
}

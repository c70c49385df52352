"use client";
// Work distribution settings of a workstream (SPEC §2).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm, useWatch, type FieldError } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { ChoiceCards } from "@/components/forms/choice-cards";
import { FormBanner } from "@/components/forms/form-banner";
import { OptionSelect } from "@/components/forms/option-select";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { updateWorkDistributionAction } from "@/lib/workstreams/actions";
import { PRESENCES, SKILL_MATCHING, WRAP_UP_BLOCKS } from "@/lib/workstreams/workstreams.constants";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export type WorkDistributionValues = {
  workstreamId: string;
  distributionMode: "PUSH" | "PICK";
  capacityUnits: number | null;
  capacityProfile: string | null;
  autoCloseMinutes: number | null;
  wrapUpBlock: (typeof WRAP_UP_BLOCKS)[number];
  wrapUpMinutes: number | null;
  allowedPresences: string[];
  skillMatching: (typeof SKILL_MATCHING)[number];
  keepSameAgent: boolean;
};

export function WorkDistributionForm({ values, canManage }: { values: WorkDistributionValues; canManage: boolean }) {
  const t = useTranslations("workstreams.distribution");
  const tc = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/workstreams/workstreams.schema").then((module) => module.workDistributionSchema)),
    defaultValues: {
      workstreamId: values.workstreamId,
      capacityMode: values.capacityProfile ? ("PROFILE" as const) : ("UNITS" as const),
      capacityUnits: (values.capacityUnits ?? "") as unknown as number,
      capacityProfile: values.capacityProfile ?? "",
      autoCloseMinutes: (values.autoCloseMinutes ?? "") as unknown as number,
      wrapUpBlock: values.wrapUpBlock,
      wrapUpMinutes: (values.wrapUpMinutes ?? "") as unknown as number,
      allowedPresences: values.allowedPresences as (typeof PRESENCES)[number][],
      skillMatching: values.skillMatching,
      keepSameAgent: values.keepSameAgent,
    },
  });
  const capacityMode = useWatch({ control: form.control, name: "capacityMode" });
  const wrapUp = useWatch({ control: form.control, name: "wrapUpBlock" });
  const { errors, isSubmitting, isDirty } = form.formState;
  const isPush = values.distributionMode === "PUSH";

  const onSubmit = form.handleSubmit(async (input) => {
    setBanner(null);
    const result = await updateWorkDistributionAction(input);
    if (!result.ok) return void setBanner(applyActionFailure(form, result));
    toast.success(t("saved"));
    form.reset(form.getValues());
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5">
      <fieldset disabled={!canManage} className="flex flex-col gap-5">
        <FormBanner message={banner} />
        <ChoiceCards
          legend={t("capacity")}
          errorId="capacity-mode-error"
          options={[
            { value: "UNITS", label: t("capacityUnits") },
            { value: "PROFILE", label: t("capacityProfile") },
          ]}
          {...form.register("capacityMode")}
        />
        {capacityMode === "UNITS" ? (
          <FormField
            label={t("units")}
            htmlFor="capacity-units"
            description={t("unitsHint")}
            error={errorText(errors.capacityUnits as FieldError | undefined)}
          >
            <Input
              id="capacity-units"
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              className="w-32"
              {...form.register("capacityUnits")}
              {...fieldA11y("capacity-units", !!errors.capacityUnits, true)}
            />
          </FormField>
        ) : (
          <FormField
            label={t("profile")}
            htmlFor="capacity-profile"
            description={t("profileHint")}
            error={errorText(errors.capacityProfile)}
          >
            <Input
              id="capacity-profile"
              {...form.register("capacityProfile")}
              {...fieldA11y("capacity-profile", !!errors.capacityProfile, true)}
            />
          </FormField>
        )}
        <FormField
          label={t("autoClose")}
          htmlFor="auto-close"
          description={t("autoCloseHint")}
          error={errorText(errors.autoCloseMinutes as FieldError | undefined)}
        >
          <Input
            id="auto-close"
            type="number"
            inputMode="numeric"
            min={1}
            className="w-40"
            {...form.register("autoCloseMinutes")}
            {...fieldA11y("auto-close", !!errors.autoCloseMinutes, true)}
          />
        </FormField>
        <FormField label={t("wrapUp")} htmlFor="wrap-up" error={errorText(errors.wrapUpBlock)}>
          <Controller
            control={form.control}
            name="wrapUpBlock"
            render={({ field }) => (
              <OptionSelect
                id="wrap-up"
                value={field.value}
                onChange={field.onChange}
                invalid={!!errors.wrapUpBlock}
                options={WRAP_UP_BLOCKS.map((value) => ({ value, label: t(`wrapUpOptions.${value}`) }))}
              />
            )}
          />
        </FormField>
        {wrapUp === "CUSTOM" ? (
          <FormField label={t("wrapUpMinutes")} htmlFor="wrap-up-minutes" error={errorText(errors.wrapUpMinutes as FieldError | undefined)}>
            <Input
              id="wrap-up-minutes"
              type="number"
              inputMode="numeric"
              min={1}
              max={240}
              className="w-32"
              {...form.register("wrapUpMinutes")}
              {...fieldA11y("wrap-up-minutes", !!errors.wrapUpMinutes)}
            />
          </FormField>
        ) : null}
        <fieldset className="flex flex-col gap-2" aria-describedby={errors.allowedPresences ? "presences-error" : undefined}>
          <legend className="mb-1 text-sm font-medium">{t("presences")}</legend>
          <Controller
            control={form.control}
            name="allowedPresences"
            render={({ field }) => (
              <div className="flex flex-wrap gap-4">
                {PRESENCES.map((presence) => (
                  <div key={presence} className="flex items-center gap-2">
                    <Checkbox
                      id={`presence-${presence}`}
                      checked={field.value.includes(presence)}
                      onCheckedChange={(checked) =>
                        field.onChange(checked === true ? [...field.value, presence] : field.value.filter((value) => value !== presence))
                      }
                    />
                    <Label htmlFor={`presence-${presence}`} className="font-normal">
                      {t(`presenceOptions.${presence}`)}
                    </Label>
                  </div>
                ))}
              </div>
            )}
          />
          <p id="presences-error" aria-live="polite" className="text-sm text-destructive empty:hidden">
            {errorText(errors.allowedPresences as never)}
          </p>
        </fieldset>
        <FormField label={t("skillMatching")} htmlFor="skill-matching" error={errorText(errors.skillMatching)}>
          <Controller
            control={form.control}
            name="skillMatching"
            render={({ field }) => (
              <OptionSelect
                id="skill-matching"
                value={field.value}
                onChange={field.onChange}
                invalid={!!errors.skillMatching}
                options={SKILL_MATCHING.map((value) => ({ value, label: t(`skillOptions.${value}`) }))}
              />
            )}
          />
        </FormField>
        <div className="flex items-start gap-3">
          <Controller
            control={form.control}
            name="keepSameAgent"
            render={({ field }) => (
              <Checkbox
                id="keep-same-agent"
                checked={field.value}
                disabled={!isPush}
                onCheckedChange={(checked) => field.onChange(checked === true)}
                aria-describedby="keep-same-agent-hint"
              />
            )}
          />
          <div className="flex flex-col gap-1">
            <Label htmlFor="keep-same-agent">{t("keepSameAgent")}</Label>
            <p id="keep-same-agent-hint" className="text-sm text-muted-foreground">
              {isPush ? t("keepSameAgentHint") : t("keepSameAgentPushOnly")}
            </p>
            <p aria-live="polite" className="text-sm text-destructive empty:hidden">
              {errorText(errors.keepSameAgent)}
            </p>
          </div>
        </div>
        {canManage ? (
          <div>
            <Button type="submit" disabled={isSubmitting || !isDirty}>
              {tc("common.save")}
            </Button>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}

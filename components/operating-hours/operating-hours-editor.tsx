"use client";
// The operating-hours record page's form (new and existing records): name and time zone, weekly
// hours, dated exceptions, and beside them a live preview of the unsaved values. Viewers get the same
// page with every control disabled.
import { Info } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { Controller } from "react-hook-form";
import { useForm } from "@/components/forms/use-form";
import { toast } from "@/components/ui/toast";
import { SectionCard } from "@/components/common/section-card";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { saveOperatingHoursAction } from "@/lib/workstreams/operating-hours/actions";
import { type OperatingHoursFormInput } from "@/lib/workstreams/operating-hours/operating-hours.schema";
import { fromFormValues, toFormValues } from "@/lib/workstreams/operating-hours/record";
import { withSearchParam } from "@/lib/navigation/return-path";
import { isValidTimeZone } from "@/lib/workstreams/operating-hours/evaluate";
import { ExceptionsEditor } from "./exceptions-editor";
import { OperatingHoursPreview } from "./operating-hours-preview";
import { TimeZoneField } from "./time-zone-field";
import { WeeklyHoursEditor } from "./weekly-hours-editor";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

/** `returnTo`: a checked same-site path (e.g. the Set up SMS wizard) a new record goes back to, chosen there. */
type Props = { initialValues: OperatingHoursFormInput; readOnly: boolean; aside?: ReactNode; returnTo?: string | null };

export function OperatingHoursEditor({ initialValues, readOnly, aside, returnTo = null }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() =>
      import("@/lib/workstreams/operating-hours/operating-hours.schema").then((module) => module.operatingHoursFormSchema),
    ),
    mode: "onTouched",
    defaultValues: initialValues,
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const isNew = !initialValues.id;

  // A new record starts in the admin's own time zone (known only in the browser).
  useEffect(() => {
    if (!isNew || form.getFieldState("timeZone").isDirty) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && isValidTimeZone(zone)) form.resetField("timeZone", { defaultValue: zone });
  }, [form, isNew]);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setBanner(null);
      const result = await saveOperatingHoursAction(values);
      if (!result.ok) {
        setBanner(applyActionFailure(form, result));
        return;
      }
      if (isNew) {
        toast.success(t("operatingHours.created", { name: values.name }));
        router.push(returnTo ? withSearchParam(returnTo, "operatingHours", result.data.id) : `/operating-hours/${result.data.id}`);
        return;
      }
      toast.success(t("operatingHours.saved", { name: values.name }));
      form.reset(toFormValues({ id: result.data.id, name: values.name, hours: fromFormValues(values) }));
      router.refresh();
    },
    () => setBanner(t("errors.validation")),
  );

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
      <form onSubmit={onSubmit} noValidate aria-label={t("operatingHours.formLabel")} className="flex min-w-0 flex-col gap-6">
        {readOnly ? (
          <Alert role="note">
            <Info aria-hidden="true" />
            <AlertDescription>{t("operatingHours.readOnly")}</AlertDescription>
          </Alert>
        ) : null}
        <fieldset disabled={readOnly} className="contents">
          <SectionCard id="oh-details" title={t("operatingHours.sections.details")}>
            <div className="grid gap-4 md:grid-cols-2">
              <FormField label={t("operatingHours.name")} htmlFor="oh-name" error={errorText(errors.name)}>
                <Input
                  id="oh-name"
                  autoComplete="off"
                  placeholder={t("operatingHours.namePlaceholder")}
                  {...form.register("name")}
                  {...fieldA11y("oh-name", !!errors.name)}
                />
              </FormField>
              <Controller
                control={form.control}
                name="timeZone"
                render={({ field }) => (
                  <TimeZoneField
                    id="oh-time-zone"
                    label={t("operatingHours.timeZone.label")}
                    field={field}
                    error={errorText(errors.timeZone)}
                  />
                )}
              />
            </div>
          </SectionCard>
          <SectionCard id="oh-weekly" title={t("operatingHours.sections.weekly")} description={t("operatingHours.weekly.description")}>
            <WeeklyHoursEditor form={form} readOnly={readOnly} />
          </SectionCard>
          <SectionCard
            id="oh-exceptions"
            title={t("operatingHours.sections.exceptions")}
            description={t("operatingHours.exceptions.description")}
          >
            <ExceptionsEditor form={form} readOnly={readOnly} />
          </SectionCard>
        </fieldset>
        {readOnly ? null : (
          <div className="sticky bottom-0 z-10 flex flex-col gap-3 border-t bg-background/95 py-3 backdrop-blur supports-[backdrop-filter]:bg-background/80">
            <FormBanner message={banner} />
            <div className="flex flex-wrap items-center justify-end gap-2">
              {isDirty ? <p className="mr-auto text-sm text-muted-foreground">{t("operatingHours.unsaved")}</p> : null}
              <Button asChild variant="outline">
                <Link href={returnTo ?? "/operating-hours"}>{t("common.cancel")}</Link>
              </Button>
              <Button type="submit" disabled={isSubmitting}>
                {isSubmitting ? t("common.saving") : isNew ? t("operatingHours.create") : t("common.save")}
              </Button>
            </div>
          </div>
        )}
      </form>
      <div className="flex min-w-0 flex-col gap-6 xl:sticky xl:top-6 xl:self-start">
        <SectionCard id="oh-preview" title={t("operatingHours.sections.preview")}>
          <OperatingHoursPreview form={form} />
        </SectionCard>
        {aside}
      </div>
    </div>
  );
}

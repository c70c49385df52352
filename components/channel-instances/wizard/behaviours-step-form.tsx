"use client";
// Step 3. Operating hours and the post-conversation survey; for WhatsApp, the account's templates
// (managed on the account page). Custom automated messages live in the workstream's section (every
// number) and on the number's own messages page.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useWatch } from "react-hook-form";
import { useForm } from "@/components/forms/use-form";
import { FormBanner } from "@/components/forms/form-banner";
import { OptionSelect } from "@/components/forms/option-select";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { saveChannelBehavioursAction } from "@/lib/channel-instances/actions";
import { surveyText } from "@/lib/channel-instances/channel-instances.constants";
import { countMessageCharacters, MAX_MESSAGE_CHARACTERS } from "@/lib/messaging/sms-segments";
import { StepActions, type ExitLink } from "./step-actions";
import { TemplatesList, type TemplateItem } from "./templates-list";
import { ToggleField } from "./toggle-field";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export type BehavioursValues = {
  useOperatingHours: boolean;
  operatingHoursId: string | null;
  surveyEnabled: boolean;
  surveyMessage: string | null;
  surveyLink: string | null;
};

type Props = {
  instanceId: string;
  values: BehavioursValues;
  operatingHours: { id: string; name: string }[];
  /** WhatsApp workstreams: the templates of the number's account. */
  whatsApp: { account: { id: string; name: string }; templates: TemplateItem[] } | null;
  /** The workstream page's "Automated messages" section. */
  automatedMessagesHref: string;
  /** This number's own messages (overrides). */
  instanceMessagesHref: string;
  /** "Create operating hours", coming back to this step with the new record chosen. */
  createOperatingHoursHref: string;
  nextHref: string;
  backHref: string;
  exit: ExitLink;
};

export function BehavioursStepForm({
  instanceId,
  values,
  operatingHours,
  whatsApp,
  automatedMessagesHref,
  instanceMessagesHref,
  createOperatingHoursHref,
  nextHref,
  backHref,
  exit,
}: Props) {
  const t = useTranslations("channelSetup.behaviours");
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() =>
      import("@/lib/channel-instances/channel-instances.schema").then((module) => module.behavioursStepSchema),
    ),
    defaultValues: {
      instanceId,
      useOperatingHours: values.useOperatingHours,
      operatingHoursId: values.operatingHoursId ?? "",
      surveyEnabled: values.surveyEnabled,
      surveyMessage: values.surveyMessage ?? "",
      surveyLink: values.surveyLink ?? "",
    },
  });
  const [useHours, surveyOn, message, link] = useWatch({
    control: form.control,
    name: ["useOperatingHours", "surveyEnabled", "surveyMessage", "surveyLink"],
  });
  const { errors, isSubmitting } = form.formState;
  const characters = countMessageCharacters(surveyText(message, link));

  const onSubmit = form.handleSubmit(async (input) => {
    setBanner(null);
    const result = await saveChannelBehavioursAction(input);
    if (!result.ok) return void setBanner(applyActionFailure(form, result));
    router.push(nextHref);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-6">
      <FormBanner message={banner} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-medium">{t("operatingHours.legend")}</legend>
        <Controller
          control={form.control}
          name="useOperatingHours"
          render={({ field }) => (
            <ToggleField
              id="use-operating-hours"
              label={t("operatingHours.toggle")}
              description={t("operatingHours.hint")}
              checked={field.value}
              onCheckedChange={field.onChange}
            />
          )}
        />
        {useHours ? (
          operatingHours.length > 0 ? (
            <>
              <FormField label={t("operatingHours.record")} htmlFor="operating-hours-record" error={errorText(errors.operatingHoursId)}>
                <Controller
                  control={form.control}
                  name="operatingHoursId"
                  render={({ field }) => (
                    <OptionSelect
                      id="operating-hours-record"
                      value={field.value}
                      onChange={field.onChange}
                      invalid={!!errors.operatingHoursId}
                      placeholder={t("operatingHours.placeholder")}
                      options={operatingHours.map((record) => ({ value: record.id, label: record.name }))}
                    />
                  )}
                />
              </FormField>
              <p className="text-sm">
                <Link href={createOperatingHoursHref} className="font-medium underline underline-offset-4">
                  {t("operatingHours.create")}
                </Link>
              </p>
            </>
          ) : (
            <div className="flex flex-col gap-1 text-sm">
              <p>
                {t("operatingHours.none")}{" "}
                <Link href={createOperatingHoursHref} className="font-medium underline underline-offset-4">
                  {t("operatingHours.create")}
                </Link>
              </p>
              <p aria-live="polite" className="text-destructive empty:hidden">
                {errorText(errors.operatingHoursId)}
              </p>
            </div>
          )
        ) : null}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-medium">{t("survey.legend")}</legend>
        <Controller
          control={form.control}
          name="surveyEnabled"
          render={({ field }) => (
            <ToggleField
              id="survey-enabled"
              label={t("survey.toggle")}
              description={t("survey.hint")}
              checked={field.value}
              onCheckedChange={field.onChange}
            />
          )}
        />
        {surveyOn ? (
          <>
            <FormField
              label={t("survey.message")}
              htmlFor="survey-message"
              description={t("survey.count", { count: characters, max: MAX_MESSAGE_CHARACTERS })}
              error={errorText(errors.surveyMessage)}
            >
              <Textarea
                id="survey-message"
                rows={4}
                {...form.register("surveyMessage")}
                {...fieldA11y("survey-message", !!errors.surveyMessage, true)}
              />
            </FormField>
            <FormField
              label={t("survey.link")}
              htmlFor="survey-link"
              description={t("survey.linkHint")}
              error={errorText(errors.surveyLink)}
            >
              <Input
                id="survey-link"
                type="url"
                inputMode="url"
                placeholder="https://"
                {...form.register("surveyLink")}
                {...fieldA11y("survey-link", !!errors.surveyLink, true)}
              />
            </FormField>
          </>
        ) : null}
      </fieldset>

      {whatsApp ? (
        <section aria-labelledby="templates-title" className="flex flex-col gap-2">
          <h3 id="templates-title" className="text-base font-medium">
            {t("templates.title")}
          </h3>
          <TemplatesList account={whatsApp.account} templates={whatsApp.templates} />
        </section>
      ) : null}

      <section aria-labelledby="automated-title" className="flex flex-col gap-1">
        <h3 id="automated-title" className="text-base font-medium">
          {t("automated.title")}
        </h3>
        <p className="text-sm text-muted-foreground">{t("automated.note")}</p>
        <ul className="flex flex-col gap-1 text-sm">
          <li>
            <Link href={instanceMessagesHref} className="font-medium underline underline-offset-4">
              {t("automated.instanceLink")}
            </Link>
          </li>
          <li>
            <Link href={automatedMessagesHref} className="font-medium underline underline-offset-4">
              {t("automated.link")}
            </Link>
          </li>
        </ul>
      </section>

      <StepActions backHref={backHref} exit={exit} isSubmitting={isSubmitting} />
    </form>
  );
}

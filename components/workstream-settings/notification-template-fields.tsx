"use client";
// Agent notification templates: one title and body per event; both empty = the standard notification.
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/use-error-text";
import { fieldErrorId, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { NOTIFICATION_EVENTS } from "@/lib/workstreams/settings/notification-templates";
import type { AdvancedSettingsFormApi } from "./advanced-settings-form";

const HINT_ID = "notification-templates-hint";

export function NotificationTemplateFields({ form }: { form: AdvancedSettingsFormApi }) {
  const t = useTranslations("workstreamSettings.advanced.notifications");
  const errorText = useErrorText();
  const errors = form.formState.errors.notificationTemplates;

  return (
    <div role="group" aria-labelledby="notification-templates-title" className="flex flex-col gap-3">
      <h3 id="notification-templates-title" className="text-sm font-semibold">
        {t("title")}
      </h3>
      <p id={HINT_ID} className="text-sm text-muted-foreground">
        {t("description")}
      </p>
      {/* Rows follow NOTIFICATION_EVENTS, as the form's defaults do (notificationTemplateRows). */}
      {NOTIFICATION_EVENTS.map((event, index) => {
        const id = `notification-${event}`;
        const rowErrors = errors?.[index];
        const describedBy = (field: "title" | "body") =>
          [HINT_ID, rowErrors?.[field] ? fieldErrorId(`${id}-${field}`) : null].filter(Boolean).join(" ");
        return (
          // The legend stays the fieldset's first child (it names the group); floated so it lays out as a heading.
          <fieldset key={event} className="rounded-lg border p-3" aria-describedby={`${id}-when`}>
            <legend className="float-left text-sm font-medium">{t(`events.${event}`)}</legend>
            <div className="clear-both flex flex-col gap-3 pt-1">
              <p id={`${id}-when`} className="text-sm text-muted-foreground">
                {t(`eventDescriptions.${event}`)}
              </p>
              <FormField label={t("notificationTitle")} htmlFor={`${id}-title`} error={errorText(rowErrors?.title)}>
                <Input
                  id={`${id}-title`}
                  autoComplete="off"
                  {...form.register(`notificationTemplates.${index}.title`)}
                  aria-invalid={rowErrors?.title ? true : undefined}
                  aria-describedby={describedBy("title")}
                />
              </FormField>
              <FormField label={t("body")} htmlFor={`${id}-body`} error={errorText(rowErrors?.body)}>
                <Textarea
                  id={`${id}-body`}
                  rows={3}
                  {...form.register(`notificationTemplates.${index}.body`)}
                  aria-invalid={rowErrors?.body ? true : undefined}
                  aria-describedby={describedBy("body")}
                />
              </FormField>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}

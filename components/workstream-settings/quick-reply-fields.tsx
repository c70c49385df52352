"use client";
// Quick replies: ready-made answers agents insert into a conversation, each for one language.
import { Plus, X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Controller, useFieldArray, type FieldError } from "react-hook-form";
import { OptionSelect } from "@/components/forms/option-select";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { QUICK_REPLIES_MAX } from "@/lib/workstreams/settings/advanced-settings.constants";
import { localeOptions } from "@/lib/workstreams/locales";
import type { AdvancedSettingsFormApi } from "./advanced-settings-form";

export function QuickReplyFields({ form, canManage }: { form: AdvancedSettingsFormApi; canManage: boolean }) {
  const t = useTranslations("workstreamSettings.advanced.quickReplies");
  const displayLocale = useLocale();
  const errorText = useErrorText();
  const replies = useFieldArray({ control: form.control, name: "quickReplies" });
  const locales = useMemo(() => localeOptions(displayLocale), [displayLocale]);
  const errors = form.formState.errors.quickReplies;
  // A problem with the list itself (too many): zod puts it on the array's root, the server on "quickReplies".
  const listError = (errors?.root ?? (errors?.message ? errors : undefined)) as FieldError | undefined;
  const isFull = replies.fields.length >= QUICK_REPLIES_MAX;

  return (
    <div role="group" aria-labelledby="quick-replies-title" className="flex flex-col gap-3">
      <h3 id="quick-replies-title" className="text-sm font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-muted-foreground">{t("description")}</p>
      <p className="text-sm text-muted-foreground">{t("placeholders")}</p>
      {replies.fields.length === 0 ? <p className="text-sm">{t("empty")}</p> : null}
      {replies.fields.map((item, index) => {
        const id = `quick-reply-${index}`;
        const number = index + 1;
        const rowErrors = errors?.[index];
        return (
          <fieldset key={item.id} className="relative rounded-lg border p-3">
            <legend className="float-left mb-3 h-8 text-sm leading-8 font-medium">{t("item", { number })}</legend>
            {canManage ? (
              <Button
                type="button"
                variant="ghost"
                size="icon-sm"
                className="absolute top-3 right-3"
                aria-label={t("remove", { number })}
                onClick={() => replies.remove(index)}
              >
                <X aria-hidden="true" />
              </Button>
            ) : null}
            <div className="clear-both grid gap-3 sm:grid-cols-[1fr_2fr]">
              <FormField label={t("language")} htmlFor={`${id}-locale`} error={errorText(rowErrors?.locale)}>
                <Controller
                  control={form.control}
                  name={`quickReplies.${index}.locale`}
                  render={({ field }) => (
                    <OptionSelect
                      id={`${id}-locale`}
                      value={field.value}
                      onChange={field.onChange}
                      options={locales}
                      invalid={!!rowErrors?.locale}
                      placeholder={t("languagePlaceholder")}
                    />
                  )}
                />
              </FormField>
              <FormField label={t("text")} htmlFor={`${id}-text`} error={errorText(rowErrors?.text)}>
                <Textarea
                  id={`${id}-text`}
                  rows={2}
                  {...form.register(`quickReplies.${index}.text`)}
                  {...fieldA11y(`${id}-text`, !!rowErrors?.text)}
                />
              </FormField>
            </div>
          </fieldset>
        );
      })}
      <div id="quick-replies-error" aria-live="polite" className="text-sm text-destructive empty:hidden">
        {errorText(listError)}
      </div>
      {canManage ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={isFull}
            aria-describedby="quick-replies-count"
            onClick={() => replies.append({ locale: "" as never, text: "" }, { focusName: `quickReplies.${replies.fields.length}.text` })}
          >
            <Plus aria-hidden="true" />
            {t("add")}
          </Button>
          <p id="quick-replies-count" className="text-sm text-muted-foreground">
            {isFull ? t("full", { max: QUICK_REPLIES_MAX }) : t("count", { count: replies.fields.length, max: QUICK_REPLIES_MAX })}
          </p>
        </div>
      ) : null}
    </div>
  );
}

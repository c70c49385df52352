"use client";
// One condition of a rule: what it looks at → a comparison valid for that → the value to compare.
import { X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Controller, useWatch, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { OptionSelect } from "@/components/forms/option-select";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { languageConditionChoices, withCurrentChoice } from "@/lib/workstreams/routing-rules/language-choices";
import {
  blankCondition,
  CONDITION_FIELDS,
  OPERATORS_OF,
  type ConditionField,
  type saveRoutingRuleSchema,
} from "@/lib/workstreams/routing-rules/routing-rules.schema";

export type RuleForm = UseFormReturn<z.input<typeof saveRoutingRuleSchema>, unknown, z.output<typeof saveRoutingRuleSchema>>;

type Props = { form: RuleForm; index: number; canRemove: boolean; onRemove: () => void };

const CHANNELS = ["SMS", "WHATSAPP"] as const;

export function ConditionFields({ form, index, canRemove, onRemove }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const errorText = useErrorText();
  const condition = useWatch({ control: form.control, name: `conditions.${index}` });
  const errors = form.formState.errors.conditions?.[index];
  const languages = useMemo(() => languageConditionChoices(locale), [locale]);
  const field: ConditionField = condition?.field ?? "messageText";
  const id = `rule-condition-${index}`;
  const number = index + 1;

  function changeField(next: string) {
    if (next === field) return;
    // A new field means new comparisons and a value of another kind: start that condition afresh.
    form.setValue(`conditions.${index}`, blankCondition(next as ConditionField), { shouldDirty: true });
    form.clearErrors(`conditions.${index}`);
  }

  const valueDescription =
    field === "messageText" && condition?.operator === "matches"
      ? t("routingRules.hints.pattern")
      : field === "customerNumber"
        ? t("routingRules.hints.customerNumber")
        : field === "language"
          ? t("routingRules.hints.language")
          : undefined;

  return (
    // The legend stays the fieldset's first child (it names the group); floated so it lays out as a heading.
    <fieldset className="relative rounded-lg border p-3">
      <legend className="float-left mb-3 h-8 text-sm leading-8 font-medium">{t("routingRules.conditionNumber", { number })}</legend>
      {canRemove ? (
        <Button
          type="button"
          variant="ghost"
          size="icon-sm"
          className="absolute top-3 right-3"
          aria-label={t("routingRules.removeCondition", { number })}
          onClick={onRemove}
        >
          <X aria-hidden="true" />
        </Button>
      ) : null}
      <div className="clear-both grid gap-3 sm:grid-cols-[1fr_1fr_1.5fr]">
        <FormField label={t("routingRules.conditionField")} htmlFor={`${id}-field`} error={errorText(errors?.field)}>
          <OptionSelect
            id={`${id}-field`}
            value={field}
            onChange={changeField}
            invalid={!!errors?.field}
            options={CONDITION_FIELDS.map((value) => ({ value, label: t(`routingRules.fields.${value}`) }))}
          />
        </FormField>
        <FormField label={t("routingRules.conditionOperator")} htmlFor={`${id}-operator`} error={errorText(errors?.operator)}>
          <Controller
            control={form.control}
            name={`conditions.${index}.operator`}
            render={({ field: operator }) => (
              <OptionSelect
                id={`${id}-operator`}
                value={operator.value}
                onChange={operator.onChange}
                invalid={!!errors?.operator}
                options={OPERATORS_OF[field].map((value) => ({ value, label: t(`routingRules.operators.${value}`) }))}
              />
            )}
          />
        </FormField>
        <FormField
          label={t("routingRules.conditionValue")}
          htmlFor={`${id}-value`}
          description={valueDescription}
          error={errorText(errors?.value)}
        >
          <Controller
            control={form.control}
            name={`conditions.${index}.value`}
            render={({ field: value }) =>
              field === "language" ? (
                <OptionSelect
                  id={`${id}-value`}
                  value={value.value}
                  onChange={value.onChange}
                  invalid={!!errors?.value}
                  placeholder={t("routingRules.chooseLanguage")}
                  options={withCurrentChoice(languages, value.value)}
                />
              ) : field === "channel" ? (
                <OptionSelect
                  id={`${id}-value`}
                  value={value.value}
                  onChange={value.onChange}
                  invalid={!!errors?.value}
                  placeholder={t("routingRules.chooseChannel")}
                  options={CHANNELS.map((channel) => ({ value: channel, label: t(`accounts.channels.${channel}`) }))}
                />
              ) : (
                <Input
                  id={`${id}-value`}
                  ref={value.ref}
                  name={value.name}
                  value={value.value}
                  onChange={value.onChange}
                  onBlur={value.onBlur}
                  autoComplete="off"
                  inputMode={field === "customerNumber" ? "tel" : undefined}
                  className={condition?.operator === "matches" ? "font-mono" : undefined}
                  {...fieldA11y(`${id}-value`, !!errors?.value, !!valueDescription)}
                />
              )
            }
          />
        </FormField>
      </div>
    </fieldset>
  );
}

"use client";
// Dated exceptions: a holiday or one-off closure closes the whole local date; special hours replace
// that date's weekly intervals.
import { CalendarX2, Plus, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRef } from "react";
import { Controller, useFieldArray, useWatch } from "react-hook-form";
import { OptionSelect } from "@/components/forms/option-select";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { EXCEPTION_KINDS, type ExceptionKind } from "@/lib/workstreams/operating-hours/operating-hours.constants";
import { errorAt, type EditorForm } from "./editor-form";
import { formatLocalDate } from "./format";
import { IntervalList } from "./interval-list";

export function ExceptionsEditor({ form, readOnly }: { form: EditorForm; readOnly: boolean }) {
  const t = useTranslations("operatingHours.exceptions");
  const addButton = useRef<HTMLButtonElement>(null);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "exceptions" });

  return (
    <div className="flex flex-col gap-4">
      {fields.length === 0 ? (
        <div className="flex items-center gap-3 rounded-lg border border-dashed p-6 text-sm text-muted-foreground">
          <CalendarX2 aria-hidden="true" className="size-5" />
          {t("empty")}
        </div>
      ) : (
        <ol className="flex flex-col gap-4">
          {fields.map((field, index) => (
            <li key={field.id}>
              <ExceptionItem
                form={form}
                index={index}
                readOnly={readOnly}
                onRemove={() => {
                  remove(index);
                  addButton.current?.focus();
                }}
              />
            </li>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <div>
          <Button
            ref={addButton}
            type="button"
            variant="outline"
            onClick={() => append({ date: "", kind: "holiday", reason: "", intervals: [] })}
          >
            <Plus aria-hidden="true" />
            {t("add")}
          </Button>
        </div>
      )}
    </div>
  );
}

function ExceptionItem({ form, index, readOnly, onRemove }: { form: EditorForm; index: number; readOnly: boolean; onRemove: () => void }) {
  const t = useTranslations("operatingHours.exceptions");
  const locale = useLocale();
  const errorText = useErrorText();
  const [kind, date] = useWatch({ control: form.control, name: [`exceptions.${index}.kind`, `exceptions.${index}.date`] });
  const position = index + 1;
  const group = t("itemLabel", { position });
  const id = (field: string) => `oh-exception-${index}-${field}`;
  const headingId = id("heading");
  const dateError = errorText(errorAt(form, `exceptions.${index}.date`));
  const kindError = errorText(errorAt(form, `exceptions.${index}.kind`));
  const reasonError = errorText(errorAt(form, `exceptions.${index}.reason`));
  const kindOptions = EXCEPTION_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }));

  function changeKind(next: string, onChange: (value: ExceptionKind) => void) {
    onChange(next as ExceptionKind);
    const path = `exceptions.${index}.intervals` as const;
    // Special hours need at least one interval; the other kinds close the whole date.
    if (next === "open" && (form.getValues(path)?.length ?? 0) === 0)
      form.setValue(path, [{ start: "09:00", end: "17:00" }], { shouldDirty: true });
    if (next !== "open") form.setValue(path, [], { shouldDirty: true });
  }

  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border p-4">
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-medium">
          {group}
          {date && !dateError ? <span className="ml-2 font-normal text-muted-foreground"> {formatLocalDate(locale, date)}</span> : null}
        </h3>
        {readOnly ? null : (
          <Button type="button" variant="ghost" size="icon" aria-label={t("remove", { position })} onClick={onRemove}>
            <Trash2 aria-hidden="true" />
          </Button>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-[11rem_13rem_minmax(0,1fr)]">
        <FormField label={t("date")} htmlFor={id("date")} error={dateError}>
          <Input id={id("date")} type="date" {...form.register(`exceptions.${index}.date`)} {...fieldA11y(id("date"), !!dateError)} />
        </FormField>
        <FormField label={t("kind")} htmlFor={id("kind")} error={kindError}>
          <Controller
            control={form.control}
            name={`exceptions.${index}.kind`}
            render={({ field }) => (
              <OptionSelect
                id={id("kind")}
                value={field.value}
                onChange={(next) => changeKind(next, field.onChange)}
                options={kindOptions}
                invalid={!!kindError}
              />
            )}
          />
        </FormField>
        <FormField label={t("reason")} htmlFor={id("reason")} error={reasonError}>
          <Input
            id={id("reason")}
            placeholder={t("reasonPlaceholder")}
            {...form.register(`exceptions.${index}.reason`)}
            {...fieldA11y(id("reason"), !!reasonError)}
          />
        </FormField>
      </div>
      {kind === "open" ? (
        <div className="flex flex-col gap-1">
          <p className="text-sm font-medium">{t("specialHours")}</p>
          <IntervalList
            form={form}
            name={`exceptions.${index}.intervals`}
            group={group}
            idPrefix={id("intervals")}
            readOnly={readOnly}
            emptyText={t("noIntervals")}
          />
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">{t(`kindHints.${kind === "closure" ? "closure" : "holiday"}`)}</p>
      )}
    </div>
  );
}

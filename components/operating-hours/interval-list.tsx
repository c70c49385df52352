"use client";
// The intervals of one weekday or one special-hours date: start/end times, "ends next day" for an
// overnight interval, add and remove. Ids and labels name the group ("Monday, interval 2: opens").
import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { DayKey } from "@/lib/workstreams/operating-hours/operating-hours.schema";
import { isOvernight } from "@/lib/workstreams/operating-hours/weekly-summary";
import type { Interval } from "@/lib/workstreams/operating-hours/evaluate";
import { errorAt, type EditorForm } from "./editor-form";

export type IntervalsPath = `weekly.${DayKey}` | `exceptions.${number}.intervals`;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const FIRST_INTERVAL: Interval = { start: "09:00", end: "17:00" };

type Props = { form: EditorForm; name: IntervalsPath; group: string; idPrefix: string; readOnly: boolean; emptyText: string };

export function IntervalList({ form, name, group, idPrefix, readOnly, emptyText }: Props) {
  const t = useTranslations("operatingHours.intervals");
  const errorText = useErrorText();
  const addButton = useRef<HTMLButtonElement>(null);
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const values = useWatch({ control: form.control, name }) as Partial<Interval>[] | undefined;
  // Editing one interval can make or clear an overlap reported on another of the same group.
  const startPaths = fields.map((_, index) => `${name}.${index}.start` as const);
  const groupError = errorText(errorAt(form, name));

  return (
    <div className="flex flex-col gap-2">
      {fields.length === 0 ? <p className="py-1.5 text-sm text-muted-foreground">{emptyText}</p> : null}
      {fields.length > 0 ? (
        <ul className="flex flex-col gap-2">
          {fields.map((field, index) => {
            const position = index + 1;
            const startId = `${idPrefix}-${index}-start`;
            const endId = `${idPrefix}-${index}-end`;
            const noteId = `${idPrefix}-${index}-overnight`;
            const startError = errorText(errorAt(form, `${name}.${index}.start`));
            const endError = errorText(errorAt(form, `${name}.${index}.end`));
            const value = values?.[index];
            const overnight =
              value?.start &&
              value.end &&
              TIME.test(value.start) &&
              TIME.test(value.end) &&
              value.start !== value.end &&
              isOvernight(value as Interval);
            const endA11y = fieldA11y(endId, !!endError);
            return (
              <li key={field.id} className="flex flex-col gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Label htmlFor={startId} className="sr-only">
                    {t("startLabel", { group, position })}
                  </Label>
                  <Input
                    id={startId}
                    type="time"
                    className="w-32"
                    {...form.register(`${name}.${index}.start`, { deps: startPaths.filter((path) => path !== `${name}.${index}.start`) })}
                    {...fieldA11y(startId, !!startError)}
                  />
                  <span aria-hidden="true" className="text-muted-foreground">
                    –
                  </span>
                  <Label htmlFor={endId} className="sr-only">
                    {t("endLabel", { group, position })}
                  </Label>
                  <Input
                    id={endId}
                    type="time"
                    className="w-32"
                    {...form.register(`${name}.${index}.end`, { deps: startPaths })}
                    {...endA11y}
                    aria-describedby={[endA11y["aria-describedby"], overnight ? noteId : null].filter(Boolean).join(" ") || undefined}
                  />
                  {overnight ? (
                    <Badge id={noteId} variant="secondary">
                      {t("endsNextDay")}
                    </Badge>
                  ) : null}
                  {readOnly ? null : (
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      aria-label={t("remove", { group, position })}
                      onClick={() => {
                        remove(index);
                        addButton.current?.focus();
                      }}
                    >
                      <X aria-hidden="true" />
                    </Button>
                  )}
                </div>
                <div id={`${startId}-error`} aria-live="polite" className="text-sm text-destructive empty:hidden">
                  {startError}
                </div>
                <div id={`${endId}-error`} aria-live="polite" className="text-sm text-destructive empty:hidden">
                  {endError}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div id={`${idPrefix}-error`} aria-live="polite" className="text-sm text-destructive empty:hidden">
        {groupError}
      </div>
      {readOnly ? null : (
        <div>
          <Button
            ref={addButton}
            type="button"
            variant="ghost"
            size="sm"
            aria-label={t("addTo", { group })}
            onClick={() => append(fields.length === 0 ? FIRST_INTERVAL : { start: "", end: "" })}
          >
            <Plus aria-hidden="true" />
            {t("add")}
          </Button>
        </div>
      )}
    </div>
  );
}

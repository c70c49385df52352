"use client";
// The weekly schedule, Monday first (stored with 0 = Sunday, as the domain numbers days).
import { Copy } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { DAYS_FROM_MONDAY, WEEKDAYS_MONDAY_TO_FRIDAY, type DayKey } from "@/lib/workstreams/operating-hours/operating-hours.constants";
import type { Weekday } from "@/lib/workstreams/operating-hours/evaluate";
import type { EditorForm } from "./editor-form";
import { weekdayName } from "./format";
import { IntervalList } from "./interval-list";

export function WeeklyHoursEditor({ form, readOnly }: { form: EditorForm; readOnly: boolean }) {
  const t = useTranslations("operatingHours.weekly");
  const locale = useLocale();
  const dayName = (day: DayKey) => weekdayName(locale, Number(day) as Weekday);

  function copyMondayToWeekdays() {
    const monday = form.getValues("weekly.1");
    for (const day of WEEKDAYS_MONDAY_TO_FRIDAY.filter((key) => key !== "1")) {
      form.setValue(
        `weekly.${day}`,
        monday.map((interval) => ({ ...interval })),
        { shouldDirty: true, shouldValidate: form.formState.isSubmitted },
      );
    }
    toast.success(t("copied", { day: dayName("1") }));
  }

  return (
    <div className="flex flex-col gap-2">
      {readOnly ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="outline" size="sm" onClick={copyMondayToWeekdays}>
            <Copy aria-hidden="true" />
            {t("copyMonday")}
          </Button>
          <p className="text-sm text-muted-foreground">{t("copyMondayHint")}</p>
        </div>
      )}
      <div className="divide-y">
        {DAYS_FROM_MONDAY.map((day) => {
          const headingId = `oh-day-${day}-name`;
          return (
            <div key={day} role="group" aria-labelledby={headingId} className="grid gap-2 py-3 sm:grid-cols-[9rem_minmax(0,1fr)]">
              <div id={headingId} className="pt-1.5 text-sm font-medium">
                {dayName(day)}
              </div>
              <IntervalList
                form={form}
                name={`weekly.${day}`}
                group={dayName(day)}
                idPrefix={`oh-weekly-${day}`}
                readOnly={readOnly}
                emptyText={t("closed")}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

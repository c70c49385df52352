"use client";
// "A message arriving at <date> <time>": open or closed, and why, on the hours as they are on the
// page right now (saved or not), read in the record's time zone.
import { CircleCheck, CircleSlash } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { automatedMessageFor } from "@/lib/workstreams/operating-hours/evaluate";
import { previewArrival, toLocalDateTime, type DraftHours, type PreviewResult } from "@/lib/workstreams/operating-hours/preview";
import { formatInterval } from "@/lib/workstreams/operating-hours/weekly-summary";
import { isValidTimeZone } from "@/lib/workstreams/operating-hours/evaluate";
import type { EditorForm } from "./editor-form";
import { formatLocalDate, weekdayName } from "./format";

export function OperatingHoursPreview({ form }: { form: EditorForm }) {
  const t = useTranslations("operatingHours.preview");
  const values = useWatch({ control: form.control }) as DraftHours;
  const timeZone = values.timeZone ?? "";
  const [date, setDate] = useState("");
  const [time, setTime] = useState("");

  // "Now" in the record's zone, set after hydration so the server and browser render the same.
  useEffect(() => {
    const now = toLocalDateTime(isValidTimeZone(timeZone) ? timeZone : "UTC", new Date());
    // eslint-disable-next-line react-hooks/set-state-in-effect -- "now" must be read after hydration
    setDate((current) => current || now.date);
    setTime((current) => current || now.time);
    // Only once: afterwards the admin's own choice stays, whatever zone the record moves to.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, []);

  const result = useMemo(() => previewArrival(values, date, time), [values, date, time]);

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted-foreground">{t("intro")}</p>
      <div className="grid grid-cols-2 gap-3">
        <div className="grid gap-2">
          <Label htmlFor="oh-preview-date">{t("date")}</Label>
          <Input id="oh-preview-date" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor="oh-preview-time">{t("time")}</Label>
          <Input id="oh-preview-time" type="time" value={time} onChange={(event) => setTime(event.target.value)} />
        </div>
      </div>
      <p className="text-xs text-muted-foreground">{isValidTimeZone(timeZone) ? t("inZone", { timeZone }) : t("chooseZone")}</p>
      <div role="status" aria-live="polite" aria-atomic="true" className="rounded-lg border bg-muted/40 p-3 text-sm">
        <PreviewAnswer result={result} timeZone={timeZone} />
      </div>
    </div>
  );
}

function PreviewAnswer({ result, timeZone }: { result: PreviewResult; timeZone: string }) {
  const t = useTranslations("operatingHours.preview");
  const tMessages = useTranslations("operatingHours.preview.messages");
  const locale = useLocale();
  const format = useFormatter();
  if (result.kind === "incomplete") return <p>{t("incomplete")}</p>;
  if (result.kind === "invalidTimeZone") return <p>{t("chooseZone")}</p>;

  const { status } = result;
  const nextOpen =
    status.status === "closed" && status.nextOpen
      ? format.dateTime(status.nextOpen, {
          weekday: "short",
          month: "short",
          day: "numeric",
          hour: "2-digit",
          minute: "2-digit",
          hourCycle: "h23",
          timeZone,
        })
      : null;
  let headline: string;
  let detail: string | null = null;
  if (status.status === "open") {
    const { rule } = status;
    headline =
      rule.kind === "weekly"
        ? t("openWeekly", { day: weekdayName(locale, rule.weekday), interval: formatInterval(rule.interval) })
        : t("openException", { date: formatLocalDate(locale, rule.date), interval: formatInterval(rule.interval) });
  } else if (status.rule.kind === "outsideHours") {
    headline = nextOpen ? t("closedOutsideHours", { when: nextOpen }) : t("closedOutsideHoursNoOpening");
  } else {
    const reason = status.rule.reason.trim();
    headline = reason
      ? t(status.rule.kind === "holiday" ? "closedHoliday" : "closedClosure", { reason })
      : t(status.rule.kind === "holiday" ? "closedHolidayNoReason" : "closedClosureNoReason");
    detail = nextOpen ? t("opensAgain", { when: nextOpen }) : t("noOpening");
  }
  const trigger = automatedMessageFor(status);
  const utc = result.instant.toISOString();
  const isOpen = status.status === "open";
  const Icon = isOpen ? CircleCheck : CircleSlash;

  return (
    <div className="flex flex-col gap-2">
      <p className="flex items-start gap-2 font-medium">
        <Icon
          aria-hidden="true"
          className={isOpen ? "mt-0.5 size-4 shrink-0 text-emerald-700" : "mt-0.5 size-4 shrink-0 text-destructive"}
        />
        <span>{headline}</span>
      </p>
      {detail ? <p>{detail}</p> : null}
      {trigger ? <p>{t("automatedMessage", { message: tMessages(trigger) })}</p> : null}
      {result.isShiftedByDst ? <p>{t("dstShifted", { time: result.evaluated.time })}</p> : null}
      <p className="text-muted-foreground">{t("utc", { date: utc.slice(0, 10), time: utc.slice(11, 16) })}</p>
      {result.ignored > 0 ? <p className="text-muted-foreground">{t("ignored", { count: result.ignored })}</p> : null}
    </div>
  );
}

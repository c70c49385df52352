"use client";
// A time-zone field: the searchable zone list, with the zone's current UTC offset (or a hint) below it.
// Used by operating hours and by a user's preferences, inside a react-hook-form Controller.
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { fieldDescriptionId, fieldErrorId, FormField } from "@/components/ui/form-field";
import { isValidTimeZone } from "@/lib/workstreams/operating-hours/evaluate";
import { formatUtcOffset, utcOffsetMinutes } from "@/lib/workstreams/operating-hours/time-zones";
import { TimeZoneCombobox } from "./time-zone-combobox";

type Props = {
  id: string;
  label: string;
  field: { value: string; onChange: (value: string) => void; onBlur: () => void; ref: Ref<HTMLInputElement> };
  /** The translated error, if any. */
  error: string | undefined;
};

export function TimeZoneField({ id, label, field, error }: Props) {
  const t = useTranslations("operatingHours.timeZone");
  return (
    <FormField
      label={label}
      htmlFor={id}
      description={
        isValidTimeZone(field.value)
          ? t("currentOffset", { offset: formatUtcOffset(utcOffsetMinutes(field.value, new Date())) })
          : t("hint")
      }
      error={error}
    >
      <TimeZoneCombobox
        id={id}
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        invalid={Boolean(error)}
        describedBy={[fieldDescriptionId(id), error ? fieldErrorId(id) : null].filter(Boolean).join(" ")}
      />
    </FormField>
  );
}

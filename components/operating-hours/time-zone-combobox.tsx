"use client";
// A searchable time-zone picker: type part of a name or an offset ("paris", "new york", "+09"). The list
// shows each zone's UTC offset now; the field shows the zone's IANA name.
import { useTranslations } from "next-intl";
import { useState, type Ref } from "react";
import { SearchCombobox } from "@/components/forms/search-combobox";
import { filterTimeZones, timeZoneOptions, type TimeZoneOption } from "@/lib/workstreams/operating-hours/time-zones";

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
  invalid: boolean;
  describedBy: string | undefined;
};

const renderZone = (option: TimeZoneOption) => (
  <>
    <span className="flex-1 font-mono">{option.value}</span> <span className="tabular-nums">{option.offsetLabel}</span>
  </>
);

export function TimeZoneCombobox(props: Props) {
  const t = useTranslations("operatingHours.timeZone");
  const [options, setOptions] = useState<TimeZoneOption[] | null>(null);

  // Offsets are read when the list opens, so they are "now" even on a page left open for days.
  function loadOptions() {
    const all = timeZoneOptions(new Date());
    setOptions(all);
    return all;
  }

  return (
    <SearchCombobox
      {...props}
      options={options}
      loadOptions={loadOptions}
      filter={filterTimeZones}
      renderOption={renderZone}
      listLabel={t("listLabel")}
      noMatchText={(query) => t("noMatch", { query })}
      inputClassName="font-mono"
      listHeightClassName="max-h-72"
    />
  );
}

"use client";
// A searchable locale picker (like the time-zone picker): ~70 locales are too many to scroll. Type part
// of a name or a code ("japan", "pt br", "fr-CA"); the field shows the chosen locale's name.
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { SearchCombobox } from "@/components/forms/search-combobox";
import { searchLocales, type LocaleOption } from "@/lib/workstreams/locales";

type Props = {
  id: string;
  value: string;
  options: LocaleOption[];
  onChange: (value: string) => void;
  onBlur: () => void;
  /** Lets the dialog keep Escape for the list while it is open. */
  onOpenChange: (isOpen: boolean) => void;
  inputRef: Ref<HTMLInputElement>;
  invalid: boolean;
  describedBy: string | undefined;
  placeholder: string;
};

// A typed code ("ja-JP", "ja_jp") counts as a choice when the field is left.
const normalizeCode = (query: string) => query.trim().replaceAll("_", "-").toLowerCase();

export function LocaleCombobox({ options, ...props }: Props) {
  const t = useTranslations("automatedMessages.localePicker");
  return (
    <SearchCombobox
      {...props}
      options={options}
      filter={searchLocales}
      normalizeTyped={normalizeCode}
      listLabel={t("listLabel")}
      noMatchText={(query) => t("noMatch", { query })}
    />
  );
}

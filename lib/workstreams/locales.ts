// The default-language choices of a channel instance (SPEC §2, wizard step 2): the locales contact
// centers commonly staff. Names come from Intl.DisplayNames in the admin's own language, so adding a
// locale needs no catalog entry in any language.

export const CHANNEL_LOCALES = [
  // English
  "en-US",
  "en-GB",
  "en-AU",
  "en-CA",
  "en-IN",
  "en-IE",
  "en-NZ",
  "en-ZA",
  "en-SG",
  "en-PH",
  // East and South-East Asia
  "ja-JP",
  "zh-TW",
  "zh-CN",
  "zh-HK",
  "ko-KR",
  "th-TH",
  "vi-VN",
  "id-ID",
  "ms-MY",
  "fil-PH",
  // South Asia
  "hi-IN",
  "bn-IN",
  "ta-IN",
  "te-IN",
  "mr-IN",
  "ur-PK",
  // Western Europe
  "fr-FR",
  "fr-CA",
  "fr-BE",
  "fr-CH",
  "de-DE",
  "de-AT",
  "de-CH",
  "es-ES",
  "es-MX",
  "es-US",
  "es-AR",
  "es-CO",
  "es-CL",
  "pt-BR",
  "pt-PT",
  "it-IT",
  "nl-NL",
  "nl-BE",
  "ca-ES",
  // Nordic
  "sv-SE",
  "da-DK",
  "nb-NO",
  "fi-FI",
  "is-IS",
  // Central and Eastern Europe
  "pl-PL",
  "cs-CZ",
  "sk-SK",
  "hu-HU",
  "ro-RO",
  "bg-BG",
  "hr-HR",
  "sr-RS",
  "sl-SI",
  "lt-LT",
  "lv-LV",
  "et-EE",
  "uk-UA",
  "ru-RU",
  "el-GR",
  "tr-TR",
  // Middle East and Africa
  "he-IL",
  "ar-SA",
  "ar-AE",
  "ar-EG",
  "fa-IR",
  "sw-KE",
  "af-ZA",
] as const;
export type ChannelLocale = (typeof CHANNEL_LOCALES)[number];

export function isChannelLocale(value: string): value is ChannelLocale {
  return (CHANNEL_LOCALES as readonly string[]).includes(value);
}

export type LocaleOption = { value: ChannelLocale; label: string };

/**
 * "English (Canada) — en-CA" in the admin's language ("standard" names, not "Canadian English", so a
 * language's regions sort together), sorted by that language's collation. The code stays in the label
 * because regional variants read alike and admins often know the code.
 */
export function localeOptions(displayLocale: string): LocaleOption[] {
  const language = supportedOrEnglish(displayLocale);
  const names = new Intl.DisplayNames([language], { type: "language", languageDisplay: "standard", fallback: "code" });
  const collator = new Intl.Collator(language);
  return CHANNEL_LOCALES.map((value) => {
    const name = names.of(value);
    return { value, label: name && name !== value ? `${name} — ${value}` : value };
  }).sort((a, b) => collator.compare(a.label, b.label));
}

function supportedOrEnglish(locale: string): string {
  try {
    return Intl.DisplayNames.supportedLocalesOf([locale])[0] ?? "en";
  } catch {
    return "en"; // not even a well-formed tag
  }
}

/**
 * Every word of the query must appear in the label or the code, ignoring case and accents
 * ("francais" finds "Français", "pt br" and "pt_BR" find "pt-BR").
 */
export function searchLocales<T extends { value: string; label: string }>(options: readonly T[], query: string): T[] {
  const words = fold(query)
    .split(/[\s_-]+/)
    .filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => {
    const haystack = `${fold(option.label)} ${fold(option.value)}`;
    return words.every((word) => haystack.includes(word));
  });
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

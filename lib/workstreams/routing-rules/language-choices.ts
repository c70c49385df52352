// The choices of a "language is …" condition: every channel locale (ja-JP) and, next to its regional
// variants, the bare language (ja), which matches all of them (see conditionMatches in routing.ts).
import { CHANNEL_LOCALES, localeOptions } from "@/lib/workstreams/locales";

export type LanguageChoice = { value: string; label: string };

export function languageConditionChoices(displayLocale: string): LanguageChoice[] {
  const regional: LanguageChoice[] = localeOptions(displayLocale);
  const names = displayNames(displayLocale);
  const bare = [...new Set(CHANNEL_LOCALES.map((locale) => locale.split("-")[0] as string))].map((code) => {
    const name = names?.of(code);
    return { value: code, label: name && name !== code ? `${name} — ${code}` : code };
  });
  const collator = new Intl.Collator(safeLocale(displayLocale));
  // By code within a language, so "Japanese — ja" comes right before "Japanese (Japan) — ja-JP".
  return [...bare, ...regional].sort((a, b) => collator.compare(baseName(a, names), baseName(b, names)) || a.value.localeCompare(b.value));
}

/** A stored value that is not among the choices still shows, as its code. */
export function withCurrentChoice(choices: readonly LanguageChoice[], value: string): LanguageChoice[] {
  return value === "" || choices.some((choice) => choice.value === value) ? [...choices] : [{ value, label: value }, ...choices];
}

function baseName(choice: LanguageChoice, names: Intl.DisplayNames | null): string {
  const code = choice.value.split("-")[0] as string;
  return names?.of(code) ?? code;
}

function displayNames(displayLocale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([safeLocale(displayLocale)], { type: "language", languageDisplay: "standard", fallback: "code" });
  } catch {
    return null;
  }
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? "en";
  } catch {
    return "en";
  }
}

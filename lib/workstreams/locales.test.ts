import { describe, expect, it } from "vitest";
import { CHANNEL_LOCALES, isChannelLocale, localeOptions, searchLocales } from "./locales";

const REQUIRED = [
  "en-US",
  "en-GB",
  "en-AU",
  "en-CA",
  "en-IN",
  "ja-JP",
  "zh-TW",
  "zh-CN",
  "zh-HK",
  "ko-KR",
  "fr-FR",
  "fr-CA",
  "de-DE",
  "es-ES",
  "es-MX",
  "es-US",
  "pt-BR",
  "pt-PT",
  "it-IT",
  "nl-NL",
  "sv-SE",
  "da-DK",
  "nb-NO",
  "fi-FI",
  "pl-PL",
  "cs-CZ",
  "hu-HU",
  "ro-RO",
  "tr-TR",
  "ru-RU",
  "uk-UA",
  "el-GR",
  "he-IL",
  "ar-SA",
  "ar-AE",
  "hi-IN",
  "th-TH",
  "vi-VN",
  "id-ID",
  "ms-MY",
  "fil-PH",
  "bg-BG",
  "hr-HR",
  "sk-SK",
  "sl-SI",
  "lt-LT",
  "lv-LV",
  "et-EE",
];

describe("CHANNEL_LOCALES", () => {
  it("has the locales contact centers use, at least 45, each once and canonical", () => {
    expect(CHANNEL_LOCALES.length).toBeGreaterThanOrEqual(45);
    expect(new Set(CHANNEL_LOCALES).size).toBe(CHANNEL_LOCALES.length);
    for (const locale of REQUIRED) expect(CHANNEL_LOCALES).toContain(locale);
    expect(Intl.getCanonicalLocales([...CHANNEL_LOCALES])).toEqual([...CHANNEL_LOCALES]);
  });

  it("narrows strings", () => {
    expect(isChannelLocale("ja-JP")).toBe(true);
    expect(isChannelLocale("ja_JP")).toBe(false);
  });
});

describe("localeOptions", () => {
  it("labels each locale in the admin's language with its code", () => {
    const english = localeOptions("en");
    expect(english).toHaveLength(CHANNEL_LOCALES.length);
    expect(english.find((option) => option.value === "ja-JP")?.label).toBe("Japanese (Japan) — ja-JP");
    expect(localeOptions("ja").find((option) => option.value === "ja-JP")?.label).toBe("日本語 (日本) — ja-JP");
    expect(localeOptions("fr").find((option) => option.value === "de-DE")?.label).toBe("allemand (Allemagne) — de-DE");
  });

  it("sorts by label in the admin's language", () => {
    const labels = localeOptions("en").map((option) => option.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator("en").compare));
    expect(labels[0]).toMatch(/^Afrikaans/);
  });

  it("falls back to English for an unusable display locale", () => {
    expect(localeOptions("not a locale!").find((option) => option.value === "fr-FR")?.label).toBe("French (France) — fr-FR");
  });
});

describe("searchLocales", () => {
  const french = localeOptions("fr");
  const english = localeOptions("en");
  const values = (options: { value: string }[]) => options.map((option) => option.value);

  it("ignores case and accents, in labels and codes", () => {
    expect(values(searchLocales(french, "FRANCAIS"))).toEqual(expect.arrayContaining(["fr-FR", "fr-CA", "fr-BE", "fr-CH"]));
    expect(values(searchLocales(french, "Tcheque"))).toEqual(["cs-CZ"]);
    expect(values(searchLocales(english, "PT_br"))).toEqual(["pt-BR"]);
    expect(values(searchLocales(english, "zh-tw"))).toEqual(["zh-TW"]);
  });

  it("requires every word of the query", () => {
    expect(values(searchLocales(english, "english canada"))).toEqual(["en-CA"]);
    expect(values(searchLocales(english, "spanish"))).toHaveLength(6);
  });

  it("returns everything for an empty query and nothing for a miss", () => {
    expect(searchLocales(english, "  ")).toHaveLength(english.length);
    expect(searchLocales(english, "klingon")).toEqual([]);
  });
});

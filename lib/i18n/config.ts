// The UI languages (the languages of the source documents) and how a request's language is chosen.
export const LOCALES = ["en", "ja", "zh-TW", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "sb_locale";

// Each language names itself, so the switcher is readable whatever the current language.
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ja: "日本語", "zh-TW": "繁體中文", fr: "Français" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best UI language from an Accept-Language header (zh-Hant/zh-HK count as zh-TW). */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.split("=")[1] ?? 1);
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) {
      if (/^zh-(tw|hk|mo|hant)/.test(tag)) return "zh-TW";
      continue;
    }
    const base = tag.split("-")[0];
    const match = LOCALES.find((locale) => locale === base);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

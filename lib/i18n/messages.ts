import type { Locale } from "./config";

const loaders: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import("@/messages/en.json"),
  ja: () => import("@/messages/ja.json"),
  "zh-TW": () => import("@/messages/zh-TW.json"),
  fr: () => import("@/messages/fr.json"),
};

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  return (await loaders[locale]()).default;
}

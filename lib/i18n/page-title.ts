import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** `export const generateMetadata = titled("nav.users")` — a translated <title> for a page. */
export function titled(key: string) {
  return async (): Promise<Metadata> => {
    const t = await getTranslations();
    return { title: t(key) };
  };
}

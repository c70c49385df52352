// next-intl request configuration: the language comes from the user's remembered choice (a cookie
// written at sign-in and by the switcher), else from the browser's Accept-Language. Dates are shown in
// the signed-in user's time zone (their setting), else in the server's.
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { getSessionUser } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./config";
import { loadMessages } from "./messages";

export async function resolveRequestLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const [locale, user] = await Promise.all([resolveRequestLocale(), getSessionUser()]);
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: user?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
});

// Replies Switchboard itself sends to customers for STOP / START / HELP when the number has no
// compliance texts of its own, in the channel's language (one of the four catalogs, English otherwise).
import "server-only";
import { createTranslator } from "next-intl";
import { negotiateLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import type { KeywordAction } from "./keywords";

export async function defaultKeywordReply(action: KeywordAction, channelLocale: string | null): Promise<string> {
  const locale = negotiateLocale(channelLocale ?? "en");
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "customerMessages" as never });
  return (t as unknown as (key: string) => string)(action);
}

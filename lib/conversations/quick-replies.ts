// Quick replies in the composer (SPEC §2 advanced settings; docs/decisions/029-agent-workspace-quick-replies-notifications-transfer.md).
// Pure, so the browser and the tests share it.
//
// A conversation's language is the locale it was started with (Conversation.locale: the channel
// instance's default language when the customer first wrote), else its channel instance's default
// locale today; null only for a conversation without either. The composer offers the workstream's
// replies in that exact locale first, then those in the same language and script (an en-GB reply for
// an en-US customer, never a zh-CN one for zh-TW); with no language known, every reply.
import { parseLocale } from "@/lib/workstreams/automated-messages/message-text";

export type QuickReplyOption = { locale: string; text: string };

export const QUICK_REPLY_PLACEHOLDERS = ["AgentName", "CustomerNumber", "QueueName"] as const;
export type QuickReplyPlaceholder = (typeof QUICK_REPLY_PLACEHOLDERS)[number];
export type QuickReplyValues = Partial<Record<QuickReplyPlaceholder, string | null>>;

const PLACEHOLDER = /\{([^{}]*)\}/g;

export function conversationLanguage(conversation: { locale: string | null; instanceLocale: string | null }): string | null {
  return conversation.locale?.trim() || conversation.instanceLocale?.trim() || null;
}

/** The replies for a customer in `language`: exact locale first, then the same language and script, each in saved order. */
export function quickRepliesForLanguage<T extends QuickReplyOption>(replies: readonly T[], language: string | null): T[] {
  if (!language) return [...replies];
  const wanted = parseLocale(language);
  if (!wanted) return [...replies];
  const exact: T[] = [];
  const sameLanguage: T[] = [];
  for (const reply of replies) {
    const locale = parseLocale(reply.locale);
    if (!locale || locale.language !== wanted.language || locale.script !== wanted.script) continue;
    (locale.tag === wanted.tag ? exact : sameLanguage).push(reply);
  }
  return [...exact, ...sameLanguage];
}

function isQuickReplyPlaceholder(name: string): name is QuickReplyPlaceholder {
  return (QUICK_REPLY_PLACEHOLDERS as readonly string[]).includes(name);
}

/**
 * The reply as inserted into the composer: known placeholders filled; one without a value (no queue)
 * becomes empty, and the doubled space it leaves is closed. Any other brace stays as written — the
 * agent sees the text before sending it and can fix it.
 */
export function fillQuickReply(text: string, values: QuickReplyValues): string {
  let changed = false;
  const filled = text.replace(PLACEHOLDER, (match, name: string) => {
    if (!isQuickReplyPlaceholder(name)) return match;
    changed = true;
    return values[name]?.trim() ?? "";
  });
  return changed ? filled.replace(/ {2,}/g, " ").replace(/ +([.,!?;:])/g, "$1") : filled;
}

/** Matches for what the agent typed after "/": every word must appear in the reply, case and accents ignored. */
export function matchQuickReplies<T extends QuickReplyOption>(replies: readonly T[], query: string): T[] {
  const fold = (value: string) => value.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...replies];
  return replies.filter((reply) => {
    const text = fold(reply.text);
    return words.every((word) => text.includes(word));
  });
}

/**
 * The "/" shortcut: the caret is in a "/…" that starts the text or follows whitespace, on the same
 * line and at most 40 characters on; the query is what follows the "/". null otherwise.
 */
export function slashQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const slash = before.lastIndexOf("/");
  if (slash < 0) return null;
  if (slash > 0 && !/\s/.test(before[slash - 1]!)) return null;
  const query = before.slice(slash + 1);
  if (/\n/.test(query) || query.length > 40) return null;
  return { start: slash, query };
}

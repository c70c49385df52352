// What the thread screen adds for the agent workspace (decision 029): the quick replies the composer
// offers for this conversation's language, and the thread's non-message lines (transfers; the bot's
// hand-offs and fallbacks, decision 028).
import "server-only";
import { parseEventDetail } from "@/lib/bots/thread-events";
import { db } from "@/lib/db";
import { parseQuickReplies } from "@/lib/workstreams/settings/stored-settings";
import { conversationLanguage, quickRepliesForLanguage, type QuickReplyValues } from "./quick-replies";

export function composerQuickReplies(options: {
  stored: string | null | undefined;
  locale: string | null;
  instanceLocale: string | null;
  values: QuickReplyValues;
}) {
  const language = conversationLanguage({ locale: options.locale, instanceLocale: options.instanceLocale });
  return { language, replies: quickRepliesForLanguage(parseQuickReplies(options.stored), language), values: options.values };
}

/** Event lines from `since` on (the oldest message shown), or all of them when the whole thread is shown. */
export async function findThreadEvents(conversationId: string, since: Date | null) {
  const rows = await db.conversationEvent.findMany({
    where: { conversationId, ...(since ? { createdAt: { gte: since } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, kind: true, detail: true, actorName: true, toUserName: true, toQueueName: true, note: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, detail: parseEventDetail(row.detail), createdAt: row.createdAt.toISOString() }));
}

export type ThreadEvent = Awaited<ReturnType<typeof findThreadEvents>>[number];

// Reading the JSON columns Workstream.quickReplies and Workstream.notificationTemplates. A value that
// doesn't parse (hand-edited, or from an older format) must not break the workstream page: unreadable
// entries are left out, and the next save writes a clean list.
import { z } from "zod";
import { CHANNEL_LOCALES, type ChannelLocale } from "@/lib/workstreams/locales";
import { NOTIFICATION_EVENTS, type NotificationTemplate } from "./notification-templates";

export type QuickReply = { locale: ChannelLocale; text: string };

const storedQuickReply = z.object({ locale: z.enum(CHANNEL_LOCALES), text: z.string().min(1) });
const storedTemplate = z.object({ event: z.enum(NOTIFICATION_EVENTS), title: z.string(), body: z.string() });

function readArray(json: string | null | undefined): unknown[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

export function parseQuickReplies(json: string | null | undefined): QuickReply[] {
  return readArray(json).flatMap((item) => {
    const parsed = storedQuickReply.safeParse(item);
    return parsed.success ? [{ locale: parsed.data.locale, text: parsed.data.text }] : [];
  });
}

/** At most one template per event (the first), as stored. */
export function parseNotificationTemplates(json: string | null | undefined): NotificationTemplate[] {
  const templates: NotificationTemplate[] = [];
  for (const item of readArray(json)) {
    const parsed = storedTemplate.safeParse(item);
    if (parsed.success && !templates.some((template) => template.event === parsed.data.event)) {
      templates.push({ event: parsed.data.event, title: parsed.data.title, body: parsed.data.body });
    }
  }
  return templates;
}

// The advanced settings' limits and template rows without zod, for the section's first load (decision
// 039); advanced-settings.schema.ts builds its schema on them and re-exports them.
import { NOTIFICATION_EVENTS, type NotificationTemplate } from "./notification-templates";

export const QUICK_REPLIES_MAX = 100;
export const QUICK_REPLY_MAX_CHARACTERS = 1000;

export function isStandardNotification(template: { title: string; body: string }): boolean {
  return template.title.trim() === "" && template.body.trim() === "";
}

/** What is stored: only the events given a template of their own, in the fixed event order. */
export function customNotificationTemplates(templates: readonly NotificationTemplate[]): NotificationTemplate[] {
  return NOTIFICATION_EVENTS.flatMap((event) =>
    templates.filter((template) => template.event === event && !isStandardNotification(template)).slice(0, 1),
  );
}

/** One row per event for the form, filled from what is stored. */
export function notificationTemplateRows(stored: readonly { event: string; title: string; body: string }[]): NotificationTemplate[] {
  return NOTIFICATION_EVENTS.map((event) => {
    const template = stored.find((candidate) => candidate.event === event);
    return { event, title: template?.title ?? "", body: template?.body ?? "" };
  });
}

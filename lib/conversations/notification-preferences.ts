// A user's choice of how to hear of new work (decision 029): a toast, the count in the tab's title, a
// sound, the browser's own notification. No row = the defaults (toast and title count on, the rest off:
// sound and system notifications are the ones a user should ask for).
import "server-only";
import { db } from "@/lib/db";
import type { NotificationPreferences } from "./notification-preferences.schema";

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = { toast: true, titleCount: true, sound: false, browser: false };

const SELECT = { toast: true, titleCount: true, sound: true, browser: true } as const;

export async function findNotificationPreferences(userId: string): Promise<NotificationPreferences> {
  return (await db.notificationPreference.findUnique({ where: { userId }, select: SELECT })) ?? DEFAULT_NOTIFICATION_PREFERENCES;
}

export async function saveNotificationPreferences(userId: string, preferences: NotificationPreferences): Promise<NotificationPreferences> {
  return db.notificationPreference.upsert({
    where: { userId },
    create: { userId, ...preferences },
    update: preferences,
    select: SELECT,
  });
}

import { z } from "zod";
import { NOTIFICATION_EVENTS } from "@/lib/workstreams/settings/notification-templates";

export const NOTIFICATION_CHANNELS = ["toast", "titleCount", "sound", "browser"] as const;

export const notificationPreferencesSchema = z.object({
  toast: z.boolean(),
  titleCount: z.boolean(),
  sound: z.boolean(),
  browser: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** GET /api/conversations/[id]/notification?kind= */
export const notificationContentQuerySchema = z.object({ kind: z.enum(NOTIFICATION_EVENTS) });

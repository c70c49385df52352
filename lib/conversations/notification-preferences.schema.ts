import { z } from "zod";
import { NOTIFICATION_EVENTS } from "@/lib/workstreams/settings/notification-templates";
import type { NotificationPreferences } from "./notification-preferences.constants";

export { NOTIFICATION_CHANNELS, type NotificationPreferences } from "./notification-preferences.constants";

export const notificationPreferencesSchema = z.object({
  toast: z.boolean(),
  titleCount: z.boolean(),
  sound: z.boolean(),
  browser: z.boolean(),
}) satisfies z.ZodType<NotificationPreferences>;

/** GET /api/conversations/[id]/notification?kind= */
export const notificationContentQuerySchema = z.object({ kind: z.enum(NOTIFICATION_EVENTS) });

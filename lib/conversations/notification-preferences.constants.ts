// The agent notification channels without zod, for the agent screens' first load (decision 039);
// notification-preferences.schema.ts validates them and re-exports these.
export const NOTIFICATION_CHANNELS = ["toast", "titleCount", "sound", "browser"] as const;
export type NotificationPreferences = Record<(typeof NOTIFICATION_CHANNELS)[number], boolean>;

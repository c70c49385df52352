"use server";
// The agent workspace's actions beyond replying (decision 029): transfer a conversation, and the
// user's own notification preferences.
import { createAction } from "@/lib/actions/create-action";
import { saveNotificationPreferences } from "./notification-preferences";
import { notificationPreferencesSchema } from "./notification-preferences.schema";
import { transferConversation } from "./transfer";
import { transferSchema } from "./transfer.schema";

export const transferConversationAction = createAction(
  { name: "transferConversation", access: "conversations:handle", schema: transferSchema },
  async (input, { user }) => transferConversation({ input, actor: user }),
);

export const saveNotificationPreferencesAction = createAction(
  { name: "saveNotificationPreferences", access: "conversations:view", schema: notificationPreferencesSchema },
  async (preferences, { user }) => saveNotificationPreferences(user.id, preferences),
);

// The automated-message form, shared by the editor dialog and the actions. The text rules (placeholders,
// braces, the 1,600-character limit) are the domain's, in lib/workstreams/automated-messages/message-text.ts.
import { z } from "zod";
import { idSchema } from "@/lib/text-limits";
import { AUTOMATED_MESSAGE_TRIGGERS, automatedMessageTextSchema } from "@/lib/workstreams/automated-messages/message-text";
import { CHANNEL_LOCALES } from "@/lib/workstreams/locales";

export const automatedMessageFormSchema = z.object({
  workstreamId: idSchema,
  // null or absent = channel level (every number of the workstream's channel); an id = that number's override.
  channelInstanceId: idSchema.nullish(),
  messageId: idSchema.optional(),
  trigger: z.enum(AUTOMATED_MESSAGE_TRIGGERS, "validation.required"),
  locale: z.enum(CHANNEL_LOCALES, "validation.required"),
  text: z.string().trim().pipe(automatedMessageTextSchema),
  isActive: z.boolean(),
});
export type AutomatedMessageForm = z.input<typeof automatedMessageFormSchema>;
export type AutomatedMessageInput = z.output<typeof automatedMessageFormSchema>;

export const automatedMessageActiveSchema = z.object({ messageId: idSchema, isActive: z.boolean() });

export const automatedMessageIdSchema = z.object({ messageId: idSchema });

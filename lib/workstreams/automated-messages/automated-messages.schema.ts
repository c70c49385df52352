// The automated-message form, shared by the editor dialog and the actions. The text rules (placeholders,
// braces, the 1,600-character limit) are the domain's, in lib/workstreams/automated-messages/message-text.ts.
import { z } from "zod";
import { MAX_MESSAGE_CHARACTERS } from "@/lib/messaging/sms-segments";
import { idSchema, MAX_CODE_UNITS_PER_CHARACTER } from "@/lib/text-limits";
import { AUTOMATED_MESSAGE_TRIGGERS, validateAutomatedMessageText } from "@/lib/workstreams/automated-messages/message-text";
import { CHANNEL_LOCALES } from "@/lib/workstreams/locales";

/**
 * For editors: each problem's catalog key, `validation.automatedMessage.<code>`. Far too long a text stops at
 * the cheap bound. Here rather than in message-text.ts, which the browser loads without zod (decision 036).
 */
export const automatedMessageTextSchema = z
  .string()
  .max(MAX_MESSAGE_CHARACTERS * MAX_CODE_UNITS_PER_CHARACTER, { message: "validation.automatedMessage.tooLong", abort: true })
  .superRefine((text, ctx) => {
    const codes = new Set(validateAutomatedMessageText(text).map((problem) => problem.code));
    for (const code of codes) ctx.addIssue({ code: "custom", message: `validation.automatedMessage.${code}` });
  });

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

// The advanced settings form of a workstream (quick replies, agent notification templates), shared by
// AdvancedSettingsSection and saveWorkstreamAdvancedSettingsAction.
import { z } from "zod";
import { hasMoreCharactersThan } from "@/lib/messaging/sms-segments";
import { idSchema, limitCharacters, MAX_CODE_UNITS_PER_CHARACTER } from "@/lib/text-limits";
import { CHANNEL_LOCALES } from "@/lib/workstreams/locales";
import {
  findTemplateTextProblems,
  NOTIFICATION_BODY_MAX_CHARACTERS,
  NOTIFICATION_EVENTS,
  NOTIFICATION_TITLE_MAX_CHARACTERS,
} from "./notification-templates";

import { isStandardNotification, QUICK_REPLIES_MAX, QUICK_REPLY_MAX_CHARACTERS } from "./advanced-settings.constants";

export {
  customNotificationTemplates,
  isStandardNotification,
  notificationTemplateRows,
  QUICK_REPLIES_MAX,
  QUICK_REPLY_MAX_CHARACTERS,
} from "./advanced-settings.constants";

const V = "validation.workstreamSettings";

const quickReplySchema = z.object({
  locale: z.enum(CHANNEL_LOCALES, "validation.required"),
  text: limitCharacters(z.string().trim().min(1, `${V}.quickReplyRequired`), QUICK_REPLY_MAX_CHARACTERS, `${V}.quickReplyTooLong`),
});

/** Same words in the same language count as the same reply, whatever the spacing or case. */
export function quickReplyKey(reply: { locale: string; text: string }): string {
  return `${reply.locale}\u0000${reply.text.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase(reply.locale)}`;
}

const quickRepliesSchema = z
  .array(quickReplySchema)
  .max(QUICK_REPLIES_MAX, `${V}.tooManyQuickReplies`)
  .superRefine((replies, ctx) => {
    const seen = new Set<string>();
    replies.forEach((reply, index) => {
      const key = quickReplyKey(reply);
      // The later copy is the one to fix; the first stays valid.
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "text"], message: `${V}.quickReplyDuplicate` });
      seen.add(key);
    });
  });

function checkTemplateText(text: string, field: "title" | "body", max: number, ctx: z.core.$RefinementCtx) {
  if (text === "") return void ctx.addIssue({ code: "custom", path: [field], message: `${V}.${field}Required` });
  if (hasMoreCharactersThan(text, max)) ctx.addIssue({ code: "custom", path: [field], message: `${V}.${field}TooLong` });
  // One message per kind: the field shows one line, and the first is the one to fix.
  for (const code of new Set(findTemplateTextProblems(text).map((problem) => problem.code)))
    ctx.addIssue({ code: "custom", path: [field], message: `${V}.${code}` });
}

// The cheap bound only; the template's own checks (which count characters) run on bounded text.
function templateText(max: number, field: "title" | "body") {
  return z
    .string()
    .trim()
    .max(max * MAX_CODE_UNITS_PER_CHARACTER, { message: `${V}.${field}TooLong`, abort: true });
}

/** Both fields empty = the event keeps the standard notification. */
const notificationTemplateSchema = z
  .object({
    event: z.enum(NOTIFICATION_EVENTS),
    title: templateText(NOTIFICATION_TITLE_MAX_CHARACTERS, "title"),
    body: templateText(NOTIFICATION_BODY_MAX_CHARACTERS, "body"),
  })
  .superRefine((template, ctx) => {
    if (isStandardNotification(template)) return;
    checkTemplateText(template.title, "title", NOTIFICATION_TITLE_MAX_CHARACTERS, ctx);
    checkTemplateText(template.body, "body", NOTIFICATION_BODY_MAX_CHARACTERS, ctx);
  });

export const advancedSettingsSchema = z.object({
  workstreamId: idSchema,
  quickReplies: quickRepliesSchema,
  // The form sends every event, in NOTIFICATION_EVENTS order, so issue paths match its rows.
  notificationTemplates: z
    .array(notificationTemplateSchema)
    .max(NOTIFICATION_EVENTS.length)
    .superRefine((templates, ctx) => {
      const seen = new Set<string>();
      templates.forEach((template, index) => {
        if (seen.has(template.event)) ctx.addIssue({ code: "custom", path: [index, "event"], message: "validation.invalid" });
        seen.add(template.event);
      });
    }),
});
export type AdvancedSettingsForm = z.input<typeof advancedSettingsSchema>;
export type AdvancedSettingsInput = z.output<typeof advancedSettingsSchema>;

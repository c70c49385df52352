// Conversations: the dashboard's URL and API parameters, and the agent actions' inputs (reply,
// template, take / close / reopen, presence), shared by the composer's resolver and the actions.
import { z } from "zod";
import { can, type Role } from "@/lib/auth/permissions";
import { PRESENCES } from "@/lib/workstreams/workstreams.schema";
import { limitCharacters } from "@/lib/text-limits";
import { MAX_MESSAGE_CHARACTERS } from "../messaging/sms-segments";

export const CONVERSATION_VIEWS = ["mine", "queues", "all", "resolved"] as const;
export type ConversationView = (typeof CONVERSATION_VIEWS)[number];

export const CONVERSATIONS_PAGE_SIZE = 25;
/** Messages shown when a conversation opens; "Show earlier messages" adds as many again. */
export const MESSAGES_PAGE_SIZE = 100;
export const MAX_MESSAGES_LIMIT = 2000;

export const MAX_ATTACHMENTS = 5;
/** All files of one reply together; also what next.config's serverActions.bodySizeLimit is sized for. */
export const MAX_TOTAL_ATTACHMENT_MB = 25;

/** The tabs a role sees: "Mine" only for those who can be assigned conversations. */
export function availableViews(role: Role): ConversationView[] {
  return can(role, "conversations:handle") ? [...CONVERSATION_VIEWS] : ["queues", "all", "resolved"];
}

export function defaultView(role: Role): ConversationView {
  return can(role, "conversations:handle") ? "mine" : "all";
}

const page = z.coerce.number().int().min(1).max(100_000);

/** The dashboard page's URL (lenient: a stray value falls back to the default). */
export const conversationsPageParamsSchema = z.object({
  view: z.enum(CONVERSATION_VIEWS).optional().catch(undefined),
  page: page.default(1).catch(1),
});

/** GET /api/conversations (strict: a bad value is a 400). */
export const conversationListQuerySchema = z.object({
  view: z.enum(CONVERSATION_VIEWS).optional(),
  page: page.default(1),
});

/** GET /api/conversations/[id] */
export const conversationDetailQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_MESSAGES_LIMIT).default(MESSAGES_PAGE_SIZE),
});

const id = z.string().min(1).max(64);

export const conversationIdSchema = z.object({ conversationId: id });

const bodySchema = limitCharacters(z.string(), MAX_MESSAGE_CHARACTERS, "validation.conversations.bodyTooLong");

/** The composer's own fields (the files are checked by lib/conversations/conversation-view.ts). */
export const replyFormSchema = z.object({ conversationId: id, body: bodySchema });
export type ReplyForm = z.input<typeof replyFormSchema>;

// base64 of the largest file a channel may allow (ATTACHMENT_MB.max = 25 MB), rounded up.
const MAX_BASE64_LENGTH = Math.ceil((MAX_TOTAL_ATTACHMENT_MB * 1024 * 1024) / 3) * 4;

export const outgoingAttachmentSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  contentType: z.string().trim().min(1).max(255),
  dataBase64: z
    .string()
    .min(1)
    .max(MAX_BASE64_LENGTH)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

export const sendReplySchema = replyFormSchema
  .extend({
    attachments: z.array(outgoingAttachmentSchema).max(MAX_ATTACHMENTS, "validation.conversations.tooManyAttachments").default([]),
  })
  .superRefine((value, ctx) => {
    if (value.body.trim() === "" && value.attachments.length === 0)
      ctx.addIssue({ code: "custom", path: ["body"], message: "validation.conversations.empty" });
    const bytes = value.attachments.reduce((sum, file) => sum + base64ByteLength(file.dataBase64), 0);
    if (bytes > MAX_TOTAL_ATTACHMENT_MB * 1024 * 1024)
      ctx.addIssue({ code: "custom", path: ["attachments"], message: "validation.conversations.attachmentsTooLarge" });
  });
export type SendReplyInput = z.input<typeof sendReplySchema>;

export const sendTemplateSchema = z.object({
  conversationId: id,
  templateId: z.string("validation.conversations.templateRequired").min(1, "validation.conversations.templateRequired").max(64),
  variables: z.record(
    z.string().regex(/^[1-9]\d{0,2}$/),
    z.string().trim().min(1, "validation.conversations.variableRequired").max(1024, "validation.tooLong"),
  ),
});
export type SendTemplateInput = z.input<typeof sendTemplateSchema>;

export const setPresenceSchema = z.object({ presence: z.enum(PRESENCES, "validation.required") });
export type Presence = (typeof PRESENCES)[number];

/** Decoded size of a base64 string without decoding it. */
export function base64ByteLength(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

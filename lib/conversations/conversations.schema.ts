// Conversations: the dashboard's URL and API parameters, and the agent actions' inputs (reply,
// template, take / close / reopen, presence), shared by the composer's resolver and the actions.
import { z } from "zod";
import { PRESENCES } from "@/lib/workstreams/workstreams.constants";
import { limitCharacters } from "@/lib/text-limits";
import { MAX_MESSAGE_CHARACTERS } from "../messaging/sms-segments";

export {
  availableViews,
  CONVERSATION_CHANNELS,
  CONVERSATION_STATUS_FILTERS,
  CONVERSATION_VIEWS,
  CONVERSATIONS_PAGE_SIZE,
  COUNT_CAP,
  defaultView,
  MAX_ATTACHMENTS,
  MAX_MESSAGES_LIMIT,
  MAX_TOTAL_ATTACHMENT_MB,
  MESSAGES_PAGE_SIZE,
  UNASSIGNED,
  type ConversationView,
  type Presence,
} from "./conversations.constants";
import {
  CONVERSATION_CHANNELS,
  CONVERSATION_STATUS_FILTERS,
  CONVERSATION_VIEWS,
  MAX_ATTACHMENTS,
  MAX_MESSAGES_LIMIT,
  MAX_TOTAL_ATTACHMENT_MB,
  MESSAGES_PAGE_SIZE,
} from "./conversations.constants";

/** A position in the newest-first order: the row's lastMessageAt (epoch ms) and id. */
export const listCursorSchema = z
  .string()
  .regex(/^\d{1,15}:[\w-]{1,64}$/)
  .transform((value) => {
    const at = value.slice(0, value.indexOf(":"));
    return { at: new Date(Number(at)), id: value.slice(at.length + 1) };
  });
export type ListCursor = z.output<typeof listCursorSchema>;

export const encodeListCursor = (row: { lastMessageAt: Date; id: string }) => `${row.lastMessageAt.getTime()}:${row.id}`;

// Empty fields and the selects' "all" mean "no filter", so a submitted GET form gives a clean value.
const blankToUndefined = (value: unknown) => (typeof value === "string" && (value.trim() === "" || value === "all") ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.conversations.badDate")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "validation.conversations.badDate");
const id = z.string().min(1).max(64);

const filterFields = {
  q: optional(z.string().trim().max(100, "validation.tooLong")),
  text: optional(z.string().trim().max(200, "validation.tooLong")),
  channel: optional(z.enum(CONVERSATION_CHANNELS)),
  queueId: optional(id),
  agentId: optional(id),
  status: optional(z.enum(CONVERSATION_STATUS_FILTERS)),
  from: optional(day),
  to: optional(day),
};

/** The search and filters of the conversations page; any of them set turns the tabs into search results. */
export const conversationFiltersSchema = z.object(filterFields).refine((value) => !value.from || !value.to || value.from <= value.to, {
  path: ["to"],
  message: "validation.conversations.dateOrder",
});
export type ConversationFilters = z.output<typeof conversationFiltersSchema>;
export const FILTER_KEYS = Object.keys(filterFields) as (keyof ConversationFilters)[];

export const hasFilters = (filters: ConversationFilters) => FILTER_KEYS.some((key) => filters[key] !== undefined);

const pageFields = { view: z.enum(CONVERSATION_VIEWS).optional(), older: listCursorSchema.optional(), newer: listCursorSchema.optional() };

/** The dashboard page's URL (lenient: a stray value falls back to no value). */
export const conversationsPageParamsSchema = z
  .object({
    view: pageFields.view.catch(undefined),
    older: pageFields.older.catch(undefined),
    newer: pageFields.newer.catch(undefined),
    q: filterFields.q.catch(undefined),
    text: filterFields.text.catch(undefined),
    channel: filterFields.channel.catch(undefined),
    queueId: filterFields.queueId.catch(undefined),
    agentId: filterFields.agentId.catch(undefined),
    status: filterFields.status.catch(undefined),
    from: filterFields.from.catch(undefined),
    to: filterFields.to.catch(undefined),
  })
  // A reversed date range is dropped as a whole rather than guessed at.
  .transform(({ view, older, newer, ...filters }) => ({
    view,
    older: newer ? undefined : older,
    newer,
    filters: filters.from && filters.to && filters.from > filters.to ? { ...filters, from: undefined, to: undefined } : filters,
  }));

/** GET /api/conversations (strict: a bad value is a 400). */
export const conversationListQuerySchema = z
  .object({ ...pageFields, ...filterFields })
  .refine((value) => !value.older || !value.newer, { path: ["newer"], message: "validation.conversations.oneCursor" })
  .refine((value) => !value.from || !value.to || value.from <= value.to, {
    path: ["to"],
    message: "validation.conversations.dateOrder",
  })
  .transform(({ view, older, newer, ...filters }) => ({ view, older, newer, filters }));

/** GET /api/conversations/filter-options: a page of queues or agents for the filters' search pickers. */
export const filterOptionsQuerySchema = z.object({
  kind: z.enum(["queue", "agent"]),
  q: z.string().trim().max(100).default(""),
});

/** GET /api/conversations/[id] */
export const conversationDetailQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_MESSAGES_LIMIT).default(MESSAGES_PAGE_SIZE),
});

export const conversationIdSchema = z.object({ conversationId: id });
export const resendMessageSchema = z.object({ conversationId: id, messageId: id });

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

/** Decoded size of a base64 string without decoding it. */
export function base64ByteLength(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

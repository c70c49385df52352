// The bot protocol's two documents (decision 028, README "Bots"): what Switchboard POSTs for each customer
// message, and what the bot may answer in the same HTTP response. The answer is untrusted input:
// size-limited before parsing, then checked with zod; anything else counts as a failed request.
import { z } from "zod";
import { hasMoreCharactersThan, MAX_MESSAGE_CHARACTERS } from "@/lib/messaging/sms-segments";

export const BOT_PROTOCOL_VERSION = 1;
/** A larger answer is refused unread past this many bytes. */
export const MAX_BOT_ANSWER_BYTES = 64 * 1024;
/** Messages one answer may send. */
export const MAX_BOT_MESSAGES = 5;
/** A queue named in a hand-off: its id or its name. */
const MAX_QUEUE_REFERENCE = 200;

export type BotRequest = {
  version: typeof BOT_PROTOCOL_VERSION;
  type: "message";
  conversation: { id: string; channel: "SMS" | "WHATSAPP"; workstreamId: string | null; isNew: boolean };
  customer: { address: string; name: string | null };
  /** Our number as the provider wrote it. */
  to: string;
  message: {
    id: string;
    text: string | null;
    attachments: { contentType: string; fileName: string | null; size: number | null }[];
    receivedAt: string;
  };
  sentAt: string;
};

const botMessageSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1)
    .refine((text) => !hasMoreCharactersThan(text, MAX_MESSAGE_CHARACTERS), { message: `at most ${MAX_MESSAGE_CHARACTERS} characters` }),
});

const handoffSchema = z.discriminatedUnion("to", [
  z.object({ to: z.literal("routing") }),
  z.object({ to: z.literal("queue"), queue: z.string().trim().min(1).max(MAX_QUEUE_REFERENCE) }),
]);

export const botAnswerSchema = z.object({
  messages: z.array(botMessageSchema).max(MAX_BOT_MESSAGES).default([]),
  handoff: handoffSchema.nullish(),
});
export type BotAnswer = z.output<typeof botAnswerSchema>;
export type BotHandoff = NonNullable<BotAnswer["handoff"]>;

export type BotAnswerProblem = "tooLarge" | "notJson" | "invalid";

/** An HTTP answer's body (already cut at MAX_BOT_ANSWER_BYTES + 1) → the answer, or why it can't be used. An empty body means "nothing to do". */
export function parseBotAnswer(
  body: Uint8Array,
): { ok: true; answer: BotAnswer } | { ok: false; problem: BotAnswerProblem; detail?: string } {
  if (body.byteLength > MAX_BOT_ANSWER_BYTES) return { ok: false, problem: "tooLarge" };
  const text = new TextDecoder("utf-8", { fatal: false }).decode(body).trim();
  if (text === "") return { ok: true, answer: { messages: [], handoff: null } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: "notJson" };
  }
  const parsed = botAnswerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: "invalid", detail: issue ? `${issue.path.join(".") || "(answer)"}: ${issue.message}` : undefined };
  }
  return { ok: true, answer: parsed.data };
}

// A customer message's non-text content (WhatsApp locations, button and list replies, ads), as stored
// in Message.content and as the thread and the conversation list show it. Pure: the browser imports it.
import { z } from "zod";
import type { InboundContent } from "../message-engine/inbound-parse";

const PREVIEW_LENGTH = 140;

const nullableText = z.string().max(2_000).nullable().catch(null);
const storedContentSchema = z.object({
  type: nullableText,
  location: z
    .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180), label: nullableText, address: nullableText })
    .nullable()
    .catch(null),
  button: z.object({ text: nullableText, payload: nullableText }).nullable().catch(null),
  listReply: z.object({ id: nullableText, title: nullableText, description: nullableText }).nullable().catch(null),
  referral: z
    .object({ headline: nullableText, body: nullableText, sourceType: nullableText, sourceUrl: nullableText })
    .nullable()
    .catch(null),
});

export function serializeContent(content: InboundContent | null): string | null {
  return content ? JSON.stringify(content) : null;
}

/** Message.content → the content, or null when there is none or it can't be read. */
export function parseStoredContent(json: string | null | undefined): InboundContent | null {
  if (!json) return null;
  try {
    const parsed = storedContentSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

import { formatCoordinates } from "./message-links";

export { formatCoordinates, mapLink, safeExternalLink } from "./message-links";

const isContactCard = (contentType: string) => /^text\/(x-)?vcard\b/i.test(contentType.trim());

/**
 * The conversation list's one-line preview: the text, else what was sent, marked with an emoji so
 * it reads the same in every language ("📍 Microsoft — Evert van de Beekstraat 354…", "🔘 Yes",
 * "👤" for a contact card, "📎" for other files). Null only when the message really was empty.
 */
export function previewOf(
  body: string | null,
  media: readonly { contentType: string }[] | number,
  content: InboundContent | null = null,
): string | null {
  const clip = (value: string) => value.trim().replace(/\s+/g, " ").slice(0, PREVIEW_LENGTH);
  const text = clip(body ?? "");
  if (text) return text;
  if (content?.location) {
    const { label, address } = content.location;
    const place = [label, address].filter(Boolean).join(" — ") || formatCoordinates(content.location);
    return clip(`📍 ${place}`);
  }
  const choice = content?.button?.text ?? content?.button?.payload ?? content?.listReply?.title ?? content?.listReply?.id;
  if (choice) return clip(`🔘 ${choice}`);
  const files = typeof media === "number" ? Array.from({ length: media }, () => ({ contentType: "" })) : media;
  if (files.length > 0) return files.every((file) => isContactCard(file.contentType)) ? "👤" : "📎";
  const ad = content?.referral?.headline ?? content?.referral?.body;
  if (ad) return clip(`📣 ${ad}`);
  return content?.type ? `💬 ${content.type.slice(0, 40)}` : null;
}

// What a provider's callback says, in one shape: a customer's message, a delivery status for one of
// ours, or something we keep but don't act on. Pure: the webhook routes call it after authenticating.
import { z } from "zod";

export type InboundMedia = { url: string; contentType: string };

/**
 * What a WhatsApp message carries besides Body and media (Twilio's webhook parameters): a shared
 * location, the button or list item the customer tapped, the ad or post they came from. Contacts
 * (vCard) and stickers arrive as media. `type` is Twilio's MessageType, kept so even a kind we don't
 * know yet is named instead of shown as an empty bubble.
 */
export type InboundContent = {
  type: string | null;
  location: { latitude: number; longitude: number; label: string | null; address: string | null } | null;
  button: { text: string | null; payload: string | null } | null;
  listReply: { id: string | null; title: string | null; description: string | null } | null;
  referral: { headline: string | null; body: string | null; sourceType: string | null; sourceUrl: string | null } | null;
};

export type InboundMessage = {
  providerMessageId: string;
  /** As the provider writes it: "+15551234567", "whatsapp:+15551234567", TeleSign digits "15551234567". */
  from: string;
  /** Our number: "+1…", "whatsapp:+1…", a short code's digits, or null when TeleSign doesn't say. */
  to: string | null;
  body: string;
  media: InboundMedia[];
  /** Null for plain text and media. */
  content: InboundContent | null;
  channel: "SMS" | "WHATSAPP";
  /** TeleSign's user_response.action, when present (consent from TeleSign's own keyword handling). */
  consentAction: string | null;
  /** The name the customer gave their WhatsApp profile (Twilio's ProfileName), when sent. */
  profileName?: string | null;
};

export type StatusUpdate = {
  providerMessageId: string;
  status: string;
  errorCode: string | null;
  errorMessage: string | null;
  /** The numbers of the message it reports on, when the provider says them (Twilio: From, To). */
  ourAddress?: string | null;
  customerAddress?: string | null;
  /**
   * Our outbound message id, authenticated: from the signed status callback URL's query (Twilio) or the
   * signed body's external_id (TeleSign). Matches the message when its provider id was never stored.
   */
  outboundMessageId?: string | null;
};

export type ParsedCallback =
  | { kind: "message"; dedupeKey: string; message: InboundMessage }
  | { kind: "status"; dedupeKey: string; update: StatusUpdate }
  | { kind: "other"; dedupeKey: string | null };

type Params = Record<string, string | string[]>;

const one = (params: Params, key: string): string | null => {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

const MAX_MEDIA = 10;
// Provider texts are short; a forged or odd value must not bloat what is stored and shown.
const MAX_CONTENT_TEXT = 1_000;

const text = (params: Params, key: string): string | null => {
  const value = one(params, key)?.trim();
  return value ? value.slice(0, MAX_CONTENT_TEXT) : null;
};

function coordinate(value: string | null, limit: number): number | null {
  if (value === null || value.trim() === "") return null;
  const number = Number(value);
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : null;
}

/** Twilio's WhatsApp parameters beyond Body/Media, or null when the message has none of them. */
export function readTwilioContent(params: Params): InboundContent | null {
  const latitude = coordinate(one(params, "Latitude"), 90);
  const longitude = coordinate(one(params, "Longitude"), 180);
  const label = text(params, "Label");
  const address = text(params, "Address");
  const location = latitude !== null && longitude !== null ? { latitude, longitude, label, address } : null;
  const buttonText = text(params, "ButtonText");
  const buttonPayload = text(params, "ButtonPayload");
  const button = buttonText || buttonPayload ? { text: buttonText, payload: buttonPayload } : null;
  const listId = text(params, "ListId");
  const listTitle = text(params, "ListTitle");
  const listReply = listId || listTitle ? { id: listId, title: listTitle, description: text(params, "ListDescription") } : null;
  const headline = text(params, "ReferralHeadline");
  const referralBody = text(params, "ReferralBody");
  const sourceUrl = text(params, "ReferralSourceUrl");
  const referral =
    headline || referralBody || sourceUrl || one(params, "ReferralSourceId")
      ? { headline, body: referralBody, sourceType: text(params, "ReferralSourceType"), sourceUrl }
      : null;
  const type = text(params, "MessageType")?.slice(0, 40) ?? null;
  if (!location && !button && !listReply && !referral && (type === null || type === "text")) return null;
  return { type, location, button, listReply, referral };
}

/** Twilio posts inbound messages and status callbacks to the same URL; MessageStatus marks the latter. */
export function parseTwilioCallback(params: Params): ParsedCallback {
  const sid = one(params, "MessageSid") ?? one(params, "SmsMessageSid") ?? one(params, "SmsSid");
  if (!sid) return { kind: "other", dedupeKey: null };
  const messageStatus = one(params, "MessageStatus");
  if (messageStatus) {
    return {
      kind: "status",
      dedupeKey: `${sid}:${messageStatus}`,
      update: {
        providerMessageId: sid,
        status: messageStatus,
        errorCode: one(params, "ErrorCode") || null,
        errorMessage: one(params, "ErrorMessage") || null,
        ourAddress: one(params, "From"),
        customerAddress: one(params, "To"),
      },
    };
  }
  const smsStatus = one(params, "SmsStatus");
  const from = one(params, "From");
  if ((smsStatus !== null && smsStatus !== "received") || !from) return { kind: "other", dedupeKey: sid };
  const count = Math.min(Number.parseInt(one(params, "NumMedia") ?? "0", 10) || 0, MAX_MEDIA);
  const media: InboundMedia[] = [];
  for (let index = 0; index < count; index += 1) {
    const url = one(params, `MediaUrl${index}`);
    if (url) media.push({ url, contentType: one(params, `MediaContentType${index}`) ?? "application/octet-stream" });
  }
  const to = one(params, "To");
  return {
    kind: "message",
    dedupeKey: sid,
    message: {
      providerMessageId: sid,
      from,
      to,
      body: one(params, "Body") ?? "",
      media,
      content: readTwilioContent(params),
      channel: from.startsWith("whatsapp:") || to?.startsWith("whatsapp:") ? "WHATSAPP" : "SMS",
      consentAction: null,
      profileName: one(params, "ProfileName"),
    },
  };
}

const telesignCallbackSchema = z.object({
  reference_id: z.string().min(1).max(64),
  sub_resource: z.string().optional(),
  external_id: z.string().max(64).optional().catch(undefined),
  status: z.object({ code: z.coerce.number(), description: z.string().optional() }).partial().optional(),
  errors: z.array(z.object({ code: z.coerce.number().optional(), description: z.string().optional() }).partial()).optional(),
  user_response: z
    .object({
      phone_number: z.coerce.string().optional(),
      sender_id: z.coerce.string().optional(),
      mo_message: z.string().optional(),
      action: z.string().optional(),
    })
    .partial()
    .optional(),
});

/** TeleSign sends inbound MO SMS (sub_resource "mo_sms") and delivery reports to the same URL. */
export function parseTelesignCallback(rawBody: string): ParsedCallback | null {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return null;
  }
  const parsed = telesignCallbackSchema.safeParse(json);
  if (!parsed.success) return null;
  const body = parsed.data;
  if (body.sub_resource === "mo_sms" || body.user_response?.mo_message !== undefined) {
    const from = body.user_response?.phone_number;
    if (!from) return { kind: "other", dedupeKey: body.reference_id };
    return {
      kind: "message",
      dedupeKey: body.reference_id,
      message: {
        providerMessageId: body.reference_id,
        from,
        to: body.user_response?.sender_id || null,
        body: body.user_response?.mo_message ?? "",
        media: [],
        content: null,
        channel: "SMS",
        consentAction: body.user_response?.action ?? null,
      },
    };
  }
  const code = body.status?.code;
  if (code === undefined || Number.isNaN(code)) return { kind: "other", dedupeKey: body.reference_id };
  const error = body.errors?.[0];
  return {
    kind: "status",
    dedupeKey: `${body.reference_id}:${code}`,
    update: {
      providerMessageId: body.reference_id,
      status: String(code),
      errorCode: code === 200 || code === 203 || code === 290 ? null : String(error?.code ?? code),
      errorMessage: error?.description ?? body.status?.description ?? null,
      outboundMessageId: body.external_id || null,
    },
  };
}

/** The customer's number without the channel prefix: the consent ledger's key. */
export function bareAddress(address: string): string {
  const bare = address.replace(/^whatsapp:/, "");
  // TeleSign writes numbers as digits with the country code; the ledger keeps E.164.
  return /^\d{8,15}$/.test(bare) ? `+${bare}` : bare;
}

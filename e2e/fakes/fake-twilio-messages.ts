// The Messages part of the fake Twilio (kept apart from fake-twilio.ts, which owns accounts, numbers
// and authentication): message creation validated the way Twilio validates it, inbound media served
// through a redirect to an unauthenticated "CDN" URL, and the sends recorded for specs to inspect.
import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { z } from "zod";
import { countSegments } from "../../lib/messaging/sms-segments";

export const fakeTwilioUnsubscribeInput = z.object({ accountSid: z.string().min(1), to: z.string().min(1) });
export type FakeTwilioUnsubscribeInput = z.input<typeof fakeTwilioUnsubscribeInput>;

/**
 * Faults of an account's next sends: the next `rateLimitTimes` POSTs are answered 429 / 20429 (with
 * `Retry-After: retryAfterSeconds` when given), and the next `hangTimes` accepted ones are created
 * (a SID, recorded) but never answered — the connection stays open, as when the answer is lost.
 */
export const fakeTwilioSendFaultsInput = z.object({
  accountSid: z.string().min(1),
  rateLimitTimes: z.number().int().min(0).max(100).default(0),
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  hangTimes: z.number().int().min(0).max(100).default(0),
});
export type FakeTwilioSendFaultsInput = z.input<typeof fakeTwilioSendFaultsInput>;

/** One POST …/Messages.json that passed authentication; `sid` is null when the fake refused it. */
export type FakeTwilioSend = {
  accountSid: string;
  form: Record<string, string>;
  mediaUrls: string[];
  sid: string | null;
  errorCode: number | null;
  /** Created, but the fake never answered (a send fault). */
  hung?: boolean;
};

// A 1×1 transparent PNG: the smallest real image a media download can be checked against.
export const FAKE_MEDIA_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

const CONTENT_SID = /^HX[0-9a-fA-F]{32}$/;
// E.164, optionally on a channel ("whatsapp:+…"): what Twilio accepts as a message recipient.
const RECIPIENT = /^(?:[a-z]+:)?\+[1-9]\d{5,14}$/;

type Send = (res: ServerResponse, status: number, body: unknown) => void;

/** serviceExists: whether a Messaging Service SID belongs to the account (fake-twilio-content.ts). */
export function createFakeTwilioMessages(send: Send, { serviceExists }: { serviceExists: (accountSid: string, sid: string) => boolean }) {
  let sends: FakeTwilioSend[] = [];
  const unsubscribed = new Set<string>();
  const faults = new Map<string, z.output<typeof fakeTwilioSendFaultsInput>>();
  // Requests left unanswered on purpose, closed on reset.
  const hanging = new Set<ServerResponse>();

  function reject(res: ServerResponse, record: FakeTwilioSend, code: number, message: string) {
    sends.push({ ...record, errorCode: code });
    send(res, 400, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status: 400 });
  }

  /** POST /2010-04-01/Accounts/{sid}/Messages.json, after the caller authenticated the account. */
  function create(accountSid: string, rawBody: string, res: ServerResponse) {
    const params = new URLSearchParams(rawBody);
    const form = Object.fromEntries(params);
    const mediaUrls = params.getAll("MediaUrl");
    const record: FakeTwilioSend = { accountSid, form, mediaUrls, sid: null, errorCode: null };
    const fault = faults.get(accountSid);
    if (fault && fault.rateLimitTimes > 0) {
      fault.rateLimitTimes -= 1;
      sends.push({ ...record, errorCode: 20429 });
      // Twilio's answer when the account's API concurrency is exceeded.
      const headers: Record<string, string> = { "Content-Type": "application/json" };
      if (fault.retryAfterSeconds !== undefined) headers["Retry-After"] = String(fault.retryAfterSeconds);
      res.writeHead(429, headers);
      res.end(
        JSON.stringify({ code: 20429, message: "Too Many Requests", more_info: "https://www.twilio.com/docs/errors/20429", status: 429 }),
      );
      return;
    }

    // Twilio's order of checks: recipient, sender, content, then the recipient's opt-out state.
    if (!form.To) return reject(res, record, 21604, "A 'To' phone number is required.");
    if (!RECIPIENT.test(form.To)) return reject(res, record, 21211, `Invalid 'To' Phone Number: ${form.To}`);
    if (!form.From && !form.MessagingServiceSid)
      return reject(res, record, 21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message.");
    if (form.MessagingServiceSid !== undefined && !serviceExists(accountSid, form.MessagingServiceSid))
      return reject(res, record, 21701, "The Messaging Service Sid is invalid.");
    if (!form.Body && mediaUrls.length === 0 && !form.ContentSid)
      return reject(res, record, 21619, "A text message body or media urls must be specified.");
    if (form.ContentSid !== undefined && !CONTENT_SID.test(form.ContentSid))
      return reject(res, record, 21655, "The ContentSid is Invalid.");
    if (form.ContentVariables !== undefined) {
      if (!form.ContentSid) return reject(res, record, 21654, "ContentSid Required.");
      if (!isJsonObject(form.ContentVariables)) return reject(res, record, 21656, "The ContentVariables Parameter is invalid.");
    }
    if (unsubscribed.has(key(accountSid, form.To))) return reject(res, record, 21610, "Attempt to send to unsubscribed recipient");

    const sid = `${mediaUrls.length > 0 ? "MM" : "SM"}${randomBytes(16).toString("hex")}`;
    if (fault && fault.hangTimes > 0) {
      fault.hangTimes -= 1;
      sends.push({ ...record, sid, hung: true });
      hanging.add(res);
      res.on("close", () => hanging.delete(res));
      return;
    }
    sends.push({ ...record, sid });
    send(res, 201, messageResource(accountSid, sid, form, mediaUrls.length));
  }

  /** GET …/Messages/{MM}/Media/{ME}: Twilio answers with a redirect to a signed, unauthenticated CDN URL. */
  function redirectToMedia(mediaSid: string, res: ServerResponse) {
    res.writeHead(307, { Location: `/__media/${encodeURIComponent(mediaSid)}`, "Content-Type": "text/plain" });
    res.end("Temporary Redirect");
  }

  /** GET /__media/{ME}: the "CDN", served without credentials like Twilio's signed media URLs. */
  function serveMedia(res: ServerResponse) {
    res.writeHead(200, { "Content-Type": "image/png", "Content-Length": String(FAKE_MEDIA_PNG.length) });
    res.end(FAKE_MEDIA_PNG);
  }

  return {
    create,
    redirectToMedia,
    serveMedia,
    unsubscribe: (input: unknown) => {
      const { accountSid, to } = fakeTwilioUnsubscribeInput.parse(input);
      unsubscribed.add(key(accountSid, to));
    },
    setFaults: (input: unknown) => {
      const parsed = fakeTwilioSendFaultsInput.parse(input);
      faults.set(parsed.accountSid, parsed);
    },
    list: () => sends,
    reset: () => {
      sends = [];
      unsubscribed.clear();
      faults.clear();
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
  };
}

function key(accountSid: string, to: string) {
  return `${accountSid}\n${to}`;
}

function isJsonObject(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

// The Message resource (api.v2010.account.message) as Twilio returns it on create: queued, not yet
// sent, so date_sent, price and error fields are null.
function messageResource(accountSid: string, sid: string, form: Record<string, string>, numMedia: number) {
  const now = new Date().toUTCString().replace("GMT", "+0000");
  const uri = `/2010-04-01/Accounts/${accountSid}/Messages/${sid}`;
  const body = form.Body ?? "";
  return {
    account_sid: accountSid,
    api_version: "2010-04-01",
    body,
    date_created: now,
    date_sent: null,
    date_updated: now,
    direction: "outbound-api",
    error_code: null,
    error_message: null,
    from: form.From ?? null,
    messaging_service_sid: form.MessagingServiceSid ?? null,
    num_media: String(numMedia),
    num_segments: String(body ? countSegments(body).segments : 1),
    price: null,
    price_unit: null,
    sid,
    status: "queued",
    subresource_uris: { media: `${uri}/Media.json` },
    to: form.To,
    uri: `${uri}.json`,
  };
}

// Webhook health (SPEC §6): does a Twilio number's inbound SMS reach one of our callback URLs?
// Pure, so the import job, the inventory's Re-check and the tests share one answer.

export const WEBHOOK_STATUSES = [
  "OK",
  "NO_WEBHOOK",
  "POINTS_ELSEWHERE",
  "WRONG_METHOD",
  "APPLICATION_OVERRIDE",
  "MESSAGING_SERVICE",
] as const;
export type WebhookStatus = (typeof WEBHOOK_STATUSES)[number];

export type TwilioNumberWebhook = { smsUrl: string | null; smsMethod: string | null; smsApplicationSid: string | null };

/**
 * `ourUrls` are the full callback URLs of the number's account, one per public base URL.
 *
 * An `sms_application_sid` wins over `sms_url` (Twilio's OpenAPI spec, IncomingPhoneNumber:
 * "If an sms_application_sid is present, we ignore all sms_*_url values"). The spec documents only
 * TwiML App SIDs (AP…) there. A number in a Messaging Service is reported there with the service's
 * MG… SID in practice; that is not in Twilio's spec and the reference search (Twilio docs, GitHub
 * issues, web pages) turned up no source for it, so it is read defensively: MG… means
 * MESSAGING_SERVICE, any other SID means APPLICATION_OVERRIDE. Whether that service "defers to the
 * sender's webhook" (use_inbound_webhook_on_number) is only known from the Messaging API
 * (messaging.twilio.com/v1/Services/{MG…}), which we don't call, so MESSAGING_SERVICE is reported
 * even when sms_url is ours: the admin has to check that setting (or the service's inbound URL).
 */
export function classifyWebhook(number: TwilioNumberWebhook, ourUrls: readonly string[]): WebhookStatus {
  const applicationSid = number.smsApplicationSid?.trim() ?? "";
  if (applicationSid !== "") return /^MG/i.test(applicationSid) ? "MESSAGING_SERVICE" : "APPLICATION_OVERRIDE";

  const smsUrl = number.smsUrl?.trim() ?? "";
  if (smsUrl === "") return "NO_WEBHOOK";
  const current = normalizeUrl(smsUrl);
  if (!ourUrls.some((url) => normalizeUrl(url) === current)) return "POINTS_ELSEWHERE";
  // Unset means Twilio's default, POST; our Twilio webhook route answers POST only.
  return number.smsMethod?.toUpperCase() === "GET" ? "WRONG_METHOD" : "OK";
}

/**
 * Same URL for Twilio's purposes: scheme and host are case-insensitive (and a default port is
 * implied), one trailing slash on the path doesn't matter, but the path's case and the query
 * string — part of the signed URL — must match exactly. The fragment never reaches a server.
 */
export function normalizeUrl(value: string): string {
  try {
    const url = new URL(value.trim());
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, "") : "";
    return `${url.protocol}//${url.host}${path}${url.search}`;
  } catch {
    return value.trim();
  }
}

// POST /api/webhooks/twilio/:key — an account's Twilio callback URL (inbound SMS/MMS/WhatsApp and
// status callbacks). Refuses an unknown key (403) before reading the body, and a body over 64 kB (413);
// verifies X-Twilio-Signature (403 in Enforce mode) and the AccountSid, stores the event once per
// MessageSid (or MessageSid + status) and answers empty TwiML at once; processing runs afterwards.
import { BODY_LIMITS, payloadTooLarge, readBodyWithLimit } from "@/lib/http/read-body";
import { acceptInboundEvent } from "@/lib/message-engine/inbound-queue";
import { parseTwilioCallback } from "@/lib/message-engine/inbound-parse";
import { authenticateTwilioRequest, findCallbackAccountId, forgetCallbackAccount } from "@/lib/callbacks/authenticate";
import { recordWebhookFailure } from "@/lib/callbacks/failures";
import { holdUnverifiedCallback } from "@/lib/callbacks/hold-unverified";
import { outboundIdFromUrl } from "@/lib/message-engine/reconcile";

export const dynamic = "force-dynamic";

const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

export async function POST(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  // The key first: a request to an unknown callback URL is refused without reading its body.
  const accountId = await findCallbackAccountId(key, "TWILIO");
  if (!accountId) {
    await recordWebhookFailure({
      accountId: null,
      provider: "TWILIO",
      outcome: "rejected",
      reason: "unknownCallbackKey",
      request,
      rawBody: null,
    });
    return new Response("Forbidden", { status: 403, headers: { "content-type": "text/plain" } });
  }
  const body = await readBodyWithLimit(request, BODY_LIMITS.twilioWebhook);
  if (!body.ok) {
    await recordWebhookFailure({ accountId, provider: "TWILIO", outcome: "rejected", reason: "bodyTooLarge", request, rawBody: null });
    return payloadTooLarge(BODY_LIMITS.twilioWebhook);
  }
  const rawBody = body.text;
  const auth = await authenticateTwilioRequest({
    callbackKey: key,
    requestUrl: request.url,
    signature: request.headers.get("x-twilio-signature"),
    rawBody,
  });
  if (!auth.ok && auth.reason === "credentialsUnreadable" && auth.accountId)
    return holdUnverifiedCallback({
      provider: "TWILIO",
      accountId: auth.accountId,
      request,
      rawBody,
      signature: request.headers.get("x-twilio-signature"),
    });
  if (!auth.ok) {
    await recordWebhookFailure({
      accountId: auth.accountId,
      provider: "TWILIO",
      outcome: "rejected",
      reason: auth.reason,
      request,
      rawBody,
    });
    return new Response("Forbidden", { status: 403, headers: { "content-type": "text/plain" } });
  }
  if (auth.signatureFailure)
    await recordWebhookFailure({
      accountId: auth.accountId,
      provider: "TWILIO",
      outcome: "accepted",
      reason: auth.signatureFailure,
      request,
      rawBody,
    });
  const parsed = parseTwilioCallback(auth.params);
  if (!parsed.dedupeKey) {
    await recordWebhookFailure({
      accountId: auth.accountId,
      provider: "TWILIO",
      outcome: "rejected",
      reason: "malformedBody",
      request,
      rawBody,
    });
    return new Response("Bad Request", { status: 400, headers: { "content-type": "text/plain" } });
  }
  const stored = await acceptInboundEvent({
    accountId: auth.accountId,
    provider: "TWILIO",
    kind: parsed.kind,
    dedupeKey: parsed.dedupeKey,
    payload: rawBody,
    // Our message id in the status callback URL: covered by the signature just verified (Twilio signs the URL with its query).
    outboundMessageId: parsed.kind === "status" ? outboundIdFromUrl(request.url) : null,
    parsed,
  });
  if (stored === "accountGone") {
    forgetCallbackAccount(key);
    await recordWebhookFailure({
      accountId: null,
      provider: "TWILIO",
      outcome: "rejected",
      reason: "unknownCallbackKey",
      request,
      rawBody,
    });
    return new Response("Forbidden", { status: 403, headers: { "content-type": "text/plain" } });
  }
  return new Response(TWIML, { headers: { "content-type": "text/xml" } });
}

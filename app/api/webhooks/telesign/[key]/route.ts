// POST /api/webhooks/telesign/:key — an account's TeleSign callback URL (inbound MO SMS and delivery
// reports). Refuses an unknown key (401) before reading the body, and a body over 64 kB (413); verifies
// the "TSA" HMAC of the raw body (401 in Enforce mode), stores the event once
// per reference_id (or reference_id + status code) and answers 200 at once; processing runs afterwards.
import { BODY_LIMITS, payloadTooLarge, readBodyWithLimit } from "@/lib/http/read-body";
import { acceptInboundEvent } from "@/lib/message-engine/inbound-queue";
import { parseTelesignCallback } from "@/lib/message-engine/inbound-parse";
import { authenticateTelesignRequest, findCallbackAccountId, forgetCallbackAccount } from "@/lib/callbacks/authenticate";
import { recordWebhookFailure } from "@/lib/callbacks/failures";
import { holdUnverifiedCallback } from "@/lib/callbacks/hold-unverified";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  // The key first: a request to an unknown callback URL is refused without reading its body.
  const accountId = await findCallbackAccountId(key, "TELESIGN");
  if (!accountId) {
    await recordWebhookFailure({
      accountId: null,
      provider: "TELESIGN",
      outcome: "rejected",
      reason: "unknownCallbackKey",
      request,
      rawBody: null,
    });
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  const body = await readBodyWithLimit(request, BODY_LIMITS.telesignWebhook);
  if (!body.ok) {
    await recordWebhookFailure({ accountId, provider: "TELESIGN", outcome: "rejected", reason: "bodyTooLarge", request, rawBody: null });
    return payloadTooLarge(BODY_LIMITS.telesignWebhook);
  }
  const rawBody = body.text;
  const authorization = request.headers.get("authorization") ?? request.headers.get("x-ts-authorization");
  const auth = await authenticateTelesignRequest({ callbackKey: key, authorization, rawBody });
  if (!auth.ok && auth.reason === "credentialsUnreadable" && auth.accountId)
    return holdUnverifiedCallback({ provider: "TELESIGN", accountId: auth.accountId, request, rawBody, signature: authorization });
  if (!auth.ok) {
    await recordWebhookFailure({
      accountId: auth.accountId,
      provider: "TELESIGN",
      outcome: "rejected",
      reason: auth.reason,
      request,
      rawBody,
    });
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  if (auth.signatureFailure)
    await recordWebhookFailure({
      accountId: auth.accountId,
      provider: "TELESIGN",
      outcome: "accepted",
      reason: auth.signatureFailure,
      request,
      rawBody,
    });
  const parsed = parseTelesignCallback(rawBody);
  if (!parsed?.dedupeKey) {
    await recordWebhookFailure({
      accountId: auth.accountId,
      provider: "TELESIGN",
      outcome: "rejected",
      reason: "malformedBody",
      request,
      rawBody,
    });
    return Response.json({ error: "malformed" }, { status: 400 });
  }
  const stored = await acceptInboundEvent({
    accountId: auth.accountId,
    provider: "TELESIGN",
    kind: parsed.kind,
    dedupeKey: parsed.dedupeKey,
    payload: rawBody,
    parsed,
  });
  if (stored === "accountGone") {
    forgetCallbackAccount(key);
    await recordWebhookFailure({
      accountId: null,
      provider: "TELESIGN",
      outcome: "rejected",
      reason: "unknownCallbackKey",
      request,
      rawBody,
    });
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  return Response.json({ status: "received" });
}

// POST /api/webhooks/telesign/:key — an account's TeleSign callback URL (inbound MO SMS and delivery
// reports). Verifies the "TSA" HMAC of the raw body first (401 in Enforce mode), stores the event once
// per reference_id (or reference_id + status code) and answers 200 at once; processing runs afterwards.
import { scheduleInboxProcessing, storeInboundEvent } from "@/lib/messaging/inbox";
import { parseTelesignCallback } from "@/lib/messaging/inbound-parse";
import { authenticateTelesignRequest, forgetCallbackAccount } from "@/lib/webhooks/authenticate";
import { recordWebhookFailure } from "@/lib/webhooks/failures";
import { holdUnverifiedCallback } from "@/lib/webhooks/hold-unverified";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const rawBody = await request.text();
  const authorization = request.headers.get("authorization") ?? request.headers.get("x-ts-authorization");
  const auth = await authenticateTelesignRequest({ callbackKey: key, authorization, rawBody });
  if (!auth.ok && auth.reason === "credentialsUnreadable" && auth.accountId) return holdUnverifiedCallback({ provider: "TELESIGN", accountId: auth.accountId, request, rawBody, signature: authorization });
  if (!auth.ok) {
    await recordWebhookFailure({ accountId: auth.accountId, provider: "TELESIGN", outcome: "rejected", reason: auth.reason, request, rawBody });
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  if (auth.signatureFailure) await recordWebhookFailure({ accountId: auth.accountId, provider: "TELESIGN", outcome: "accepted", reason: auth.signatureFailure, request, rawBody });
  const parsed = parseTelesignCallback(rawBody);
  if (!parsed?.dedupeKey) {
    await recordWebhookFailure({ accountId: auth.accountId, provider: "TELESIGN", outcome: "rejected", reason: "malformedBody", request, rawBody });
    return Response.json({ error: "malformed" }, { status: 400 });
  }
  const stored = await storeInboundEvent({ accountId: auth.accountId, provider: "TELESIGN", kind: parsed.kind, dedupeKey: parsed.dedupeKey, payload: rawBody });
  if (stored === "accountGone") {
    forgetCallbackAccount(key);
    await recordWebhookFailure({ accountId: null, provider: "TELESIGN", outcome: "rejected", reason: "unknownCallbackKey", request, rawBody });
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  if (stored === "stored") scheduleInboxProcessing();
  return Response.json({ status: "received" });
}

// POST /api/webhooks/telesign/:key — an account's TeleSign callback URL. Verifies the "TSA" HMAC of the
// raw body with the account's API key (401 when it doesn't match), keeps inbound messages, answers 200.
import { holdInbound, telesignInbound } from "@/lib/messaging/held-messages";
import { authenticateTelesignRequest } from "@/lib/webhooks/authenticate";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const rawBody = await request.text();
  const authorization = request.headers.get("authorization") ?? request.headers.get("x-ts-authorization");
  const result = await authenticateTelesignRequest({ callbackKey: key, authorization, rawBody });
  if (!result.ok) return Response.json({ error: "unauthorized" }, { status: 401 });
  const inbound = telesignInbound(result.accountId, rawBody);
  if (inbound) await holdInbound(inbound);
  return Response.json({ status: "received" });
}

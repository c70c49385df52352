// POST /api/webhooks/twilio/:key — an account's Twilio inbound URL. Verifies X-Twilio-Signature over
// the public URL and the form parameters (403 when it doesn't match), keeps the message, and answers
// with empty TwiML.
import { holdInbound, twilioInbound } from "@/lib/messaging/held-messages";
import { authenticateTwilioRequest } from "@/lib/webhooks/authenticate";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const rawBody = await request.text();
  const result = await authenticateTwilioRequest({ callbackKey: key, requestUrl: request.url, signature: request.headers.get("x-twilio-signature"), rawBody });
  if (!result.ok) return new Response("Forbidden", { status: 403, headers: { "content-type": "text/plain" } });
  const inbound = twilioInbound(result.accountId, result.params);
  if (inbound) await holdInbound(inbound);
  return new Response('<?xml version="1.0" encoding="UTF-8"?><Response/>', { headers: { "content-type": "text/xml" } });
}

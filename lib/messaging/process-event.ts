// One stored callback event, processed after the provider has had its answer.
import "server-only";
import { parseTwilioForm } from "@/lib/providers/twilio/client";
import { parseTelesignCallback, parseTwilioCallback, type ParsedCallback } from "./inbound-parse";
import { routeInboundMessage } from "./route-inbound";
import { applyStatusUpdate } from "./status-update";

// A status for a message we haven't stored yet waits this long for it before it is dropped as unknown.
const STATUS_WAIT_MS = 60_000;

export function parseStoredPayload(provider: "TWILIO" | "TELESIGN", payload: string): ParsedCallback | null {
  if (provider === "TELESIGN") return parseTelesignCallback(payload);
  // Held messages stored before the message flow existed kept Twilio's parameters as JSON.
  const params = payload.startsWith("{") ? (JSON.parse(payload) as Record<string, string | string[]>) : parseTwilioForm(payload);
  return parseTwilioCallback(params);
}

export async function processInboundEvent(event: { accountId: string; provider: "TWILIO" | "TELESIGN"; payload: string; receivedAt: Date }): Promise<"done" | "retryLater"> {
  const parsed = parseStoredPayload(event.provider, event.payload);
  if (!parsed || parsed.kind === "other") return "done";
  if (parsed.kind === "message") {
    await routeInboundMessage({ accountId: event.accountId, provider: event.provider, message: parsed.message, payload: event.payload, now: event.receivedAt });
    return "done";
  }
  const result = await applyStatusUpdate({ provider: event.provider, update: parsed.update });
  return result === "missing" && Date.now() - event.receivedAt.getTime() < STATUS_WAIT_MS ? "retryLater" : "done";
}

// One stored callback event, processed after the provider has had its answer.
import "server-only";
import { parseTwilioForm } from "@/lib/providers/twilio/client";
import { parseTelesignCallback, parseTwilioCallback, type ParsedCallback } from "./inbound-parse";
import { routeInboundMessage } from "./route-inbound";
import { unknownStatusDecision } from "./status";
import { applyStatusUpdate, hasSendInFlight } from "./status-update";

// A status for a message we haven't stored yet waits at most this long for it (and only while a send
// is in flight) before it is listed in the Message log as a status for an unknown message.
const STATUS_WAIT_MS = 60_000;

/** "done", "retryLater", or why a status callback couldn't be applied (the inbound queue lists it). */
export type ProcessOutcome = "done" | "retryLater" | "unknownStatusMessage" | "statusForOtherAccount";

export function parseStoredPayload(provider: "TWILIO" | "TELESIGN", payload: string): ParsedCallback | null {
  if (provider === "TELESIGN") return parseTelesignCallback(payload);
  // Held messages stored before the message flow existed kept Twilio's parameters as JSON.
  const params = payload.startsWith("{") ? (JSON.parse(payload) as Record<string, string | string[]>) : parseTwilioForm(payload);
  return parseTwilioCallback(params);
}

export async function processInboundEvent(event: {
  accountId: string;
  provider: "TWILIO" | "TELESIGN";
  payload: string;
  /** Our outbound message id from the signed callback URL, when it named one. */
  outboundMessageId?: string | null;
  receivedAt: Date;
  attempts: number;
  maxAttempts: number;
  /** The status ran after every send of its conversation (order-keys.ts): missing means unknown. */
  statusKeyedBehindSends?: boolean;
}): Promise<ProcessOutcome> {
  const parsed = parseStoredPayload(event.provider, event.payload);
  if (!parsed || parsed.kind === "other") return "done";
  if (parsed.kind === "message") {
    await routeInboundMessage({
      accountId: event.accountId,
      provider: event.provider,
      message: parsed.message,
      payload: event.payload,
      now: event.receivedAt,
    });
    return "done";
  }
  const update = event.outboundMessageId ? { ...parsed.update, outboundMessageId: event.outboundMessageId } : parsed.update;
  const result = await applyStatusUpdate({ accountId: event.accountId, provider: event.provider, update });
  if (result === "otherAccount") return "statusForOtherAccount";
  if (result !== "missing") return "done";
  if (event.statusKeyedBehindSends) return "unknownStatusMessage";
  const sendInFlight = await hasSendInFlight({ accountId: event.accountId, since: new Date(event.receivedAt.getTime() - STATUS_WAIT_MS) });
  const waitedMs = Date.now() - event.receivedAt.getTime();
  const decision = unknownStatusDecision({
    sendInFlight,
    waitedMs,
    maxWaitMs: STATUS_WAIT_MS,
    attempts: event.attempts,
    maxAttempts: event.maxAttempts,
  });
  return decision === "retryLater" ? "retryLater" : "unknownStatusMessage";
}

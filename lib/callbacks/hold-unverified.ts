// A callback for an account whose stored credentials can't be decrypted (APP_ENCRYPTION_KEY changed):
// its signature can't be checked, so it is never routed — but a customer's message is not lost either.
// It is held with its raw body and signature header, and Replay checks the signature with the
// then-readable credentials before routing it (lib/message-engine/replay.ts).
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { parseTelesignCallback, parseTwilioCallback } from "@/lib/message-engine/inbound-parse";
import { parseTwilioForm } from "@/lib/providers/twilio/client";
import { recordWebhookFailure } from "./failures";

export const CREDENTIALS_UNREADABLE = "credentialsUnreadable";

/** What Replay needs to check the signature later: the header and the path it was sent to. */
export type PendingVerification = { signature: string | null; path: string };

export function parsePendingVerification(stored: string | null): PendingVerification | null {
  if (!stored) return null;
  const value = JSON.parse(stored) as Partial<PendingVerification>;
  return {
    signature: typeof value.signature === "string" ? value.signature : null,
    path: typeof value.path === "string" ? value.path : "/",
  };
}

export async function holdUnverifiedCallback(options: {
  provider: "TWILIO" | "TELESIGN";
  accountId: string;
  request: Request;
  rawBody: string;
  signature: string | null;
}): Promise<Response> {
  const { provider, accountId, request, rawBody } = options;
  const parsed = provider === "TWILIO" ? parseTwilioCallback(parseTwilioForm(rawBody)) : parseTelesignCallback(rawBody);
  logger.warn("callback for an account whose credentials can't be decrypted", { accountId, provider, kind: parsed?.kind ?? "unreadable" });
  if (parsed?.kind !== "message") {
    // A status report or something else: nothing for a person to replay. It is kept (and listed) as a
    // refused request with the reason, and refused like any request whose signature can't be checked.
    await recordWebhookFailure({ accountId, provider, outcome: "rejected", reason: CREDENTIALS_UNREADABLE, request, rawBody });
    return provider === "TWILIO"
      ? new Response("Forbidden", { status: 403, headers: { "content-type": "text/plain" } })
      : Response.json({ error: "unauthorized" }, { status: 401 });
  }
  const url = new URL(request.url);
  // The path holds the callback key; it stays in the database, like the account's own key.
  const pendingVerification: PendingVerification = { signature: options.signature, path: `${url.pathname}${url.search}` };
  const { message } = parsed;
  try {
    await db.heldMessage.upsert({
      where: { providerMessageId: message.providerMessageId },
      create: {
        accountId,
        provider,
        reason: CREDENTIALS_UNREADABLE,
        providerMessageId: message.providerMessageId,
        fromAddress: message.from,
        toAddress: message.to,
        body: message.body,
        payload: rawBody,
        pendingVerification: JSON.stringify(pendingVerification),
      },
      // A provider's retry of a message already kept changes nothing.
      update: {},
      select: { id: true },
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  // 200, not 5xx: the message is kept here and Replay routes it once the key is fixed. A 5xx would
  // lose it — Twilio doesn't retry an incoming-message webhook (it logs error 11200 and goes to the
  // fallback URL, if any) — and a retry would only meet the same unreadable key.
  return provider === "TWILIO"
    ? new Response('<?xml version="1.0" encoding="UTF-8"?><Response/>', { headers: { "content-type": "text/xml" } })
    : Response.json({ status: "received" });
}

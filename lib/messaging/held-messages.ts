// Inbound messages that reach a callback URL are kept: until routing to agents exists (message-flow
// issue) every one is held with its reason and shown to administrators. Provider message ids are
// unique, so a provider's retry of the same message stores nothing new.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TwilioParams } from "@/lib/providers/twilio/client";

export type HoldReason = "accountInactive" | "accountDraft" | "unknownNumber" | "routingUnavailable";

type Inbound = { accountId: string; provider: "TWILIO" | "TELESIGN"; providerMessageId: string | null; from: string | null; to: string | null; body: string | null; payload: string };

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

/** Twilio posts inbound messages and status callbacks to the same URL; only the former are messages. */
export function twilioInbound(accountId: string, params: TwilioParams): Inbound | null {
  if (single(params.MessageStatus) || single(params.SmsStatus) !== "received") return null;
  return {
    accountId,
    provider: "TWILIO",
    providerMessageId: single(params.MessageSid) ?? single(params.SmsSid),
    from: single(params.From),
    to: single(params.To),
    body: single(params.Body),
    payload: JSON.stringify(params),
  };
}

export function telesignInbound(accountId: string, rawBody: string): Inbound | null {
  try {
    const parsed = JSON.parse(rawBody) as { sub_resource?: string; reference_id?: string; user_response?: { phone_number?: string; mo_message?: string } };
    if (parsed.sub_resource !== "mo_sms") return null;
    return { accountId, provider: "TELESIGN", providerMessageId: parsed.reference_id ?? null, from: parsed.user_response?.phone_number ?? null, to: null, body: parsed.user_response?.mo_message ?? null, payload: rawBody };
  } catch {
    return null;
  }
}

/** Stores an inbound message as held and stamps the number's "last inbound" time. */
export async function holdInbound(inbound: Inbound) {
  const account = await db.messagingAccount.findUnique({ where: { id: inbound.accountId }, select: { status: true } });
  const to = inbound.to?.replace(/^whatsapp:/, "") ?? null;
  const number = to ? await db.phoneNumber.findFirst({ where: { accountId: inbound.accountId, OR: [{ e164: to }, { address: { endsWith: `:${to}` } }] }, select: { id: true } }) : null;
  const reason: HoldReason = account?.status === "INACTIVE" ? "accountInactive" : account?.status === "DRAFT" ? "accountDraft" : !number && to ? "unknownNumber" : "routingUnavailable";
  if (number) await db.phoneNumber.update({ where: { id: number.id }, data: { lastInboundAt: new Date() }, select: { id: true } });
  try {
    await db.heldMessage.create({
      data: { accountId: inbound.accountId, provider: inbound.provider, reason, providerMessageId: inbound.providerMessageId, fromAddress: inbound.from, toAddress: inbound.to, body: inbound.body, payload: inbound.payload },
      select: { id: true },
    });
  } catch (error) {
    // The same provider message id again: a retry, already kept.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}

export function listHeldMessages(accountId: string, take = 20) {
  return db.heldMessage.findMany({
    where: { accountId },
    orderBy: { receivedAt: "desc" },
    take,
    select: { id: true, reason: true, fromAddress: true, toAddress: true, body: true, receivedAt: true },
  });
}

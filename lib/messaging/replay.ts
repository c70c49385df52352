// Replaying a held message once its cause is fixed (account activated, number added, channel set up):
// it runs through the same routing as a fresh message, with the time it originally arrived.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { parseStoredPayload } from "./process-event";
import { routeInboundMessage } from "./route-inbound";

export type ReplayOutcome = { outcome: "routed"; conversationId: string } | { outcome: "stillHeld"; reason: string };

/**
 * A held message the provider didn't say the destination of (TeleSign's MO sample has an empty
 * `sender_id`) on an account with several numbers: the administrator can name the number, which no
 * replay alone could ever find.
 */
export function canAssignNumber(held: { reason: string; toAddress: string | null; replayedAt: Date | null; accountId: string | null }): boolean {
  return held.reason === "unknownNumber" && !held.toAddress && !held.replayedAt && held.accountId !== null;
}

/** Routes a held message as if it had arrived at one of its account's numbers (audited as a replay). */
export async function assignHeldMessageToNumber({ heldMessageId, numberId, actor }: { heldMessageId: string; numberId: string; actor: NonNullable<AuditActor> }): Promise<ReplayOutcome> {
  const held = await db.heldMessage.findUnique({
    where: { id: heldMessageId },
    select: { id: true, accountId: true, provider: true, payload: true, reason: true, toAddress: true, receivedAt: true, replayedAt: true, conversationId: true, fromAddress: true },
  });
  if (!held || !held.accountId) throw new ActionError("notFound", "errors.heldMessage.notFound");
  if (held.replayedAt && held.conversationId) return { outcome: "routed", conversationId: held.conversationId };
  if (!canAssignNumber(held)) throw new ActionError("conflict", "errors.heldMessage.numberKnown");
  const number = await db.phoneNumber.findFirst({ where: { id: numberId, accountId: held.accountId }, select: { id: true, address: true } });
  if (!number) throw new ActionError("validation", "errors.heldMessage.numberNotInAccount", { field: "numberId" });
  const parsed = parseStoredPayload(held.provider, held.payload);
  if (parsed?.kind !== "message") throw new ActionError("conflict", "errors.heldMessage.notAMessage");
  const result = await routeInboundMessage({
    accountId: held.accountId,
    provider: held.provider,
    message: { ...parsed.message, to: number.address },
    payload: held.payload,
    now: held.receivedAt,
  });
  await db.heldMessage.update({
    where: { id: held.id },
    data:
      result.outcome === "routed"
        ? { toAddress: number.address, replayedAt: new Date(), conversationId: result.conversationId, replayCount: { increment: 1 } }
        : { toAddress: number.address, reason: result.reason, replayCount: { increment: 1 } },
    select: { id: true },
  });
  await recordAudit({
    actor,
    action: "replay",
    entityType: "heldMessage",
    entityId: held.id,
    entityLabel: held.fromAddress ?? held.id,
    details: { assignedNumber: number.address, ...(result.outcome === "routed" ? { outcome: "routed" } : { outcome: "stillHeld", reason: result.reason }) },
  });
  return result.outcome === "routed" ? result : { outcome: "stillHeld", reason: result.reason };
}

export async function replayHeldMessage({ heldMessageId, actor }: { heldMessageId: string; actor: NonNullable<AuditActor> }): Promise<ReplayOutcome> {
  const held = await db.heldMessage.findUnique({
    where: { id: heldMessageId },
    select: { id: true, accountId: true, provider: true, payload: true, receivedAt: true, replayedAt: true, conversationId: true, fromAddress: true },
  });
  if (!held || !held.accountId) throw new ActionError("notFound", "errors.heldMessage.notFound");
  if (held.replayedAt && held.conversationId) return { outcome: "routed", conversationId: held.conversationId };
  const parsed = parseStoredPayload(held.provider, held.payload);
  if (parsed?.kind !== "message") throw new ActionError("conflict", "errors.heldMessage.notAMessage");
  const result = await routeInboundMessage({ accountId: held.accountId, provider: held.provider, message: parsed.message, payload: held.payload, now: held.receivedAt });
  await db.heldMessage.update({
    where: { id: held.id },
    data: result.outcome === "routed" ? { replayedAt: new Date(), conversationId: result.conversationId, replayCount: { increment: 1 } } : { reason: result.reason, replayCount: { increment: 1 } },
    select: { id: true },
  });
  await recordAudit({
    actor,
    action: "replay",
    entityType: "heldMessage",
    entityId: held.id,
    entityLabel: held.fromAddress ?? held.id,
    details: result.outcome === "routed" ? { outcome: "routed" } : { outcome: "stillHeld", reason: result.reason },
  });
  return result.outcome === "routed" ? result : { outcome: "stillHeld", reason: result.reason };
}

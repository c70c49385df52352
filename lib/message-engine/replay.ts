// Replaying a held message once its cause is fixed (account activated, number added, channel set up):
// it runs through the same routing as a fresh message, with the time it originally arrived. A message
// held before its signature could be checked (credentials that couldn't be decrypted) is verified first.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { CREDENTIALS_UNREADABLE, parsePendingVerification, type PendingVerification } from "@/lib/callbacks/hold-unverified";
import { recordHeldVerificationFailure, verifyHeldCallback, type HeldVerification } from "@/lib/callbacks/verify-held";
import { parseStoredPayload } from "./process-event";
import { routeInboundMessage } from "./route-inbound";

export type ReplayOutcome =
  { outcome: "routed"; conversationId: string } | { outcome: "stillHeld"; reason: string } | { outcome: "rejected"; reason: string };

/**
 * A held message the provider didn't say the destination of (TeleSign's MO sample has an empty
 * `sender_id`) on an account with several numbers: the administrator can name the number, which no
 * replay alone could ever find.
 */
export function canAssignNumber(held: {
  reason: string;
  toAddress: string | null;
  replayedAt: Date | null;
  accountId: string | null;
}): boolean {
  return held.reason === "unknownNumber" && !held.toAddress && !held.replayedAt && held.accountId !== null;
}

/** Routes a held message as if it had arrived at one of its account's numbers (audited as a replay). */
export function assignHeldMessageToNumber({
  heldMessageId,
  numberId,
  actor,
}: {
  heldMessageId: string;
  numberId: string;
  actor: NonNullable<AuditActor>;
}): Promise<ReplayOutcome> {
  return replay({ heldMessageId, numberId, actor });
}

export function replayHeldMessage({
  heldMessageId,
  actor,
}: {
  heldMessageId: string;
  actor: NonNullable<AuditActor>;
}): Promise<ReplayOutcome> {
  return replay({ heldMessageId, numberId: null, actor });
}

async function replay({
  heldMessageId,
  numberId,
  actor,
}: {
  heldMessageId: string;
  numberId: string | null;
  actor: NonNullable<AuditActor>;
}): Promise<ReplayOutcome> {
  const held = await db.heldMessage.findUnique({
    where: { id: heldMessageId },
    select: {
      id: true,
      accountId: true,
      provider: true,
      payload: true,
      reason: true,
      toAddress: true,
      receivedAt: true,
      replayedAt: true,
      conversationId: true,
      fromAddress: true,
      pendingVerification: true,
    },
  });
  if (!held || !held.accountId) throw new ActionError("notFound", "errors.heldMessage.notFound");
  if (held.replayedAt && held.conversationId) return { outcome: "routed", conversationId: held.conversationId };
  let assignedNumber: string | null = null;
  if (numberId !== null) {
    if (!canAssignNumber(held)) throw new ActionError("conflict", "errors.heldMessage.numberKnown");
    const number = await db.phoneNumber.findFirst({ where: { id: numberId, accountId: held.accountId }, select: { address: true } });
    if (!number) throw new ActionError("validation", "errors.heldMessage.numberNotInAccount", { field: "numberId" });
    assignedNumber = number.address;
  }
  const parsed = parseStoredPayload(held.provider, held.payload);
  if (parsed?.kind !== "message") throw new ActionError("conflict", "errors.heldMessage.notAMessage");
  const pending = parsePendingVerification(held.pendingVerification);
  if (pending) {
    // Held before its signature could be checked: never routed until the signature holds.
    const verified = await verifyHeldCallback({ accountId: held.accountId, provider: held.provider, payload: held.payload, pending });
    if (verified.outcome !== "verified") return refuseReplay({ held: { ...held, accountId: held.accountId }, pending, verified, actor });
    if (verified.signatureFailure) {
      await recordHeldVerificationFailure({
        accountId: held.accountId,
        provider: held.provider,
        outcome: "accepted",
        reason: verified.signatureFailure,
        path: pending.path,
        payload: held.payload,
      });
    }
  }
  const message = assignedNumber ? { ...parsed.message, to: assignedNumber } : parsed.message;
  const result = await routeInboundMessage({
    accountId: held.accountId,
    provider: held.provider,
    message,
    payload: held.payload,
    now: held.receivedAt,
  });
  const kept = {
    ...(assignedNumber ? { toAddress: assignedNumber } : {}),
    ...(pending ? { pendingVerification: null } : {}),
    replayCount: { increment: 1 },
  };
  await db.heldMessage.update({
    where: { id: held.id },
    data:
      result.outcome === "routed"
        ? { ...kept, replayedAt: new Date(), conversationId: result.conversationId }
        : { ...kept, reason: result.reason },
    select: { id: true },
  });
  const outcome: { assignedNumber?: string; outcome: string; reason?: string } =
    result.outcome === "routed" ? { outcome: "routed" } : { outcome: "stillHeld", reason: result.reason };
  await recordAudit({
    actor,
    action: "replay",
    entityType: "heldMessage",
    entityId: held.id,
    entityLabel: held.fromAddress ?? held.id,
    details: assignedNumber ? { ...outcome, assignedNumber } : outcome,
  });
  return result.outcome === "routed" ? result : { outcome: "stillHeld", reason: result.reason };
}

type HeldToVerify = { id: string; accountId: string; provider: "TWILIO" | "TELESIGN"; payload: string; fromAddress: string | null };

/**
 * The credentials still can't be decrypted (still held), or the signature fails with them: then it
 * becomes a refused request (Message log → Rejected requests) and leaves the held list.
 */
async function refuseReplay({
  held,
  pending,
  verified,
  actor,
}: {
  held: HeldToVerify;
  pending: PendingVerification;
  verified: Exclude<HeldVerification, { outcome: "verified" }>;
  actor: NonNullable<AuditActor>;
}): Promise<ReplayOutcome> {
  const audit = {
    actor,
    action: "replay",
    entityType: "heldMessage",
    entityId: held.id,
    entityLabel: held.fromAddress ?? held.id,
  } as const;
  if (verified.outcome === "unreadable") {
    await db.heldMessage.update({
      where: { id: held.id },
      data: { reason: CREDENTIALS_UNREADABLE, replayCount: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit({ ...audit, details: { outcome: "stillHeld", reason: CREDENTIALS_UNREADABLE } });
    return { outcome: "stillHeld", reason: CREDENTIALS_UNREADABLE };
  }
  // Recorded as refused before it leaves the held list: a crash in between keeps it twice, never zero times.
  await recordHeldVerificationFailure({
    accountId: held.accountId,
    provider: held.provider,
    outcome: "rejected",
    reason: verified.reason,
    path: pending.path,
    payload: held.payload,
  });
  await db.heldMessage.delete({ where: { id: held.id }, select: { id: true } });
  await recordAudit({ ...audit, details: { outcome: "rejected", reason: verified.reason } });
  return { outcome: "rejected", reason: verified.reason };
}

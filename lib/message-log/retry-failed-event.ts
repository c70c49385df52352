// An administrator's Retry of a callback whose processing failed: queued again with fresh attempts
// (lib/message-engine/inbound-queue.ts) and audited. "notFailed": it was retried or processed meanwhile.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { retryFailedInboundEvent } from "@/lib/message-engine/inbound-queue";

export async function retryFailedEvent({ eventId, actor }: { eventId: string; actor: NonNullable<AuditActor> }) {
  const event = await db.inboundEvent.findUnique({ where: { id: eventId }, select: { id: true, kind: true, dedupeKey: true } });
  if (!event) throw new ActionError("notFound", "errors.failedEvent.notFound");
  const outcome = await retryFailedInboundEvent({ eventId });
  if (outcome === "queued")
    await recordAudit({
      actor,
      action: "retry",
      entityType: "inboundEvent",
      entityId: event.id,
      entityLabel: `${event.kind} ${event.dedupeKey}`,
    });
  return outcome;
}

// Per-account signature checking (SPEC §6): Enforce refuses a callback whose signature fails,
// Monitor accepts it and records the failure, so a misconfigured proxy can't lose messages.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { SignatureMode } from "./accounts.schema";

export async function updateSignatureMode({
  accountId,
  signatureMode,
  actor,
}: {
  accountId: string;
  signatureMode: SignatureMode;
  actor: NonNullable<AuditActor>;
}) {
  const stored = await db.messagingAccount.findUnique({ where: { id: accountId }, select: { name: true, signatureMode: true } });
  if (!stored) throw new ActionError("notFound", "errors.accounts.notFound");
  if (stored.signatureMode === signatureMode) return;
  await db.messagingAccount.update({ where: { id: accountId }, data: { signatureMode }, select: { id: true } });
  await recordAudit({
    actor,
    action: "update",
    entityType: "account",
    entityId: accountId,
    entityLabel: stored.name,
    details: { signatureMode: { from: stored.signatureMode, to: signatureMode } },
  });
}

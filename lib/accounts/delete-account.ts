import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { findStoredAccount } from "./update-account";

/** What goes away with an account (shown in the delete confirmation). */
export async function findAccountDependents(accountId: string) {
  const [numbers, templates] = await Promise.all([
    db.phoneNumber.findMany({
      where: { accountId },
      orderBy: { address: "asc" },
      select: { id: true, address: true, e164: true, displayName: true },
    }),
    db.whatsAppTemplate.count({ where: { accountId } }),
  ]);
  return { numbers, templateCount: templates };
}

export async function deleteAccount({ accountId, actor }: { accountId: string; actor: NonNullable<AuditActor> }) {
  const stored = await findStoredAccount(accountId);
  const dependents = await findAccountDependents(accountId);
  await db.messagingAccount.delete({ where: { id: accountId }, select: { id: true } });
  await recordAudit({
    actor,
    action: "delete",
    entityType: "account",
    entityId: accountId,
    entityLabel: stored.name,
    details: { numbers: dependents.numbers.map((number) => number.address), templates: dependents.templateCount },
  });
}

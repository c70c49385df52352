// Deleting an integration removes its numbers from the inventory (nothing changes in Twilio), and
// can first put back the SMS webhook each number had before Switchboard re-pointed it.
import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { setTwilioSmsWebhook, twilioAccess } from "@/lib/inventory/twilio-number-access";
import { findIntegration } from "./integrations";

export async function findIntegrationDependents(accountId: string) {
  const numbers = await db.phoneNumber.findMany({
    where: { accountId },
    orderBy: { address: "asc" },
    select: { id: true, address: true, e164: true, previousSmsUrl: true, previousSmsMethod: true, twilioNumberSid: true },
  });
  // Workstreams arrive with the workstreams issue; until then no number is used by one.
  return { numbers, workstreams: [] as { id: string; name: string }[] };
}

export async function deleteIntegration({
  accountId,
  restoreNumberIds,
  actor,
}: {
  accountId: string;
  restoreNumberIds: string[];
  actor: NonNullable<AuditActor>;
}) {
  const integration = await findIntegration(accountId);
  const { numbers } = await findIntegrationDependents(accountId);
  const toRestore = numbers.filter(
    (number) => restoreNumberIds.includes(number.id) && number.previousSmsUrl !== null && number.twilioNumberSid,
  );
  const failed: string[] = [];
  if (toRestore.length > 0) {
    const access = await twilioAccess(accountId).catch(() => null);
    for (const number of toRestore) {
      const result = access
        ? await setTwilioSmsWebhook(access, number.twilioNumberSid ?? "", number.previousSmsUrl ?? "", number.previousSmsMethod ?? "POST")
        : null;
      if (!result?.ok) failed.push(number.address);
    }
  }
  await db.messagingAccount.delete({ where: { id: accountId }, select: { id: true } });
  await recordAudit({
    actor,
    action: "delete",
    entityType: "integration",
    entityId: accountId,
    entityLabel: integration.name,
    details: {
      numbers: numbers.map((number) => number.address),
      restoredWebhooks: toRestore.length - failed.length,
      restoreFailed: failed,
    },
  });
  return { restored: toRestore.length - failed.length, failed };
}

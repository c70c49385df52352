// "Import number": the checks that can be answered at once, then provisioning in the background.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { ImportNumber } from "./import-rules";
import { failStaleImports, runNumberImport } from "./run-import";
import { twilioAccess } from "./twilio-number-access";

type Actor = NonNullable<AuditActor>;

export async function startNumberImport({ input, actor }: { input: ImportNumber; actor: Actor }) {
  const account = await db.messagingAccount.findFirst({
    where: { id: input.accountId, provider: "TWILIO", channel: "SMS" },
    select: { id: true, name: true },
  });
  if (!account) throw new ActionError("notFound", "errors.integrations.notFound", { field: "accountId" });
  await twilioAccess(account.id).catch(() => {
    throw new ActionError("conflict", "validation.import.integrationNoSenderId", { field: "accountId" });
  });
  const { number } = input;
  await failStaleImports(); // an import a restart interrupted must not block this one
  if (await db.numberImport.findFirst({ where: { address: number.address, status: "RUNNING" }, select: { id: true } })) {
    throw new ActionError("conflict", "validation.import.alreadyInProgress", { field: "senderId" });
  }
  const holder = await db.phoneNumber.findUnique({
    where: { address: number.address },
    select: { account: { select: { id: true, name: true } } },
  });
  if (holder) {
    const key = holder.account.id === account.id ? "validation.import.alreadyInInventory" : "validation.import.provisionedElsewhere";
    throw new ActionError("conflict", key, { field: "senderId", values: { integration: holder.account.name } });
  }
  const created = await db.numberImport.create({
    data: {
      accountId: account.id,
      address: number.address,
      e164: number.e164,
      country: number.country,
      type: number.type,
      compliance: input.compliance ? JSON.stringify(input.compliance) : null,
      actorId: actor.id,
    },
    select: { id: true },
  });
  await recordAudit({
    actor,
    action: "create",
    entityType: "numberImport",
    entityId: created.id,
    entityLabel: number.address,
    details: { integration: account.name, type: number.type },
  });
  launchImport(created.id);
  return created;
}

/** Runs an import after the response is sent; failures land on the import record, never lost. */
export function launchImport(importId: string) {
  void runNumberImport(importId).catch((error) => logger.error("number import crashed", { importId, error }));
}

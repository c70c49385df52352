import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { AccountDetails, Channel } from "./accounts.schema";
import { checkCredentials, validationColumns } from "./check-credentials";
import { credentialColumns, credentialError, newCallbackKey } from "./credential-columns";

type CreateDraftOptions = { name: string; channel: Channel; details: AccountDetails; skipValidation: boolean; actor: AuditActor };

/** Saves the wizard's draft as soon as its account details are valid (checked live unless the user chose not to). */
export async function createDraftAccount({ name, channel, details, skipValidation, actor }: CreateDraftOptions) {
  const check = skipValidation ? null : await checkCredentials(details);
  if (check && !check.ok) throw credentialError(check);
  const account = await db.messagingAccount.create({
    data: {
      name,
      channel,
      provider: details.provider,
      callbackKey: newCallbackKey(),
      ...credentialColumns(details),
      ...validationColumns(check),
    },
    select: { id: true, validationStatus: true },
  });
  await recordAudit({
    actor,
    action: "create",
    entityType: "account",
    entityId: account.id,
    entityLabel: name,
    details: { name, channel, provider: details.provider, ...publicCredentialFields(details), validationStatus: account.validationStatus },
  });
  return account;
}

export function publicCredentialFields(details: { provider: string; accountSid?: string; customerId?: string }) {
  return details.provider === "TWILIO" ? { accountSid: details.accountSid } : { customerId: details.customerId };
}

import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { diffChanges, REDACTED } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { SecretDecryptionError } from "@/lib/secrets/cipher";
import type { AccountDetailsUpdate } from "./accounts.schema";
import { checkCredentials, validationColumns } from "./check-credentials";
import { credentialColumns, credentialError } from "./credential-columns";

type Actor = NonNullable<AuditActor>;

const storedSelect = {
  id: true,
  name: true,
  provider: true,
  status: true,
  isSandbox: true,
  sandboxJoinCode: true,
  twilioAccountSid: true,
  twilioAuthToken: true,
  telesignCustomerId: true,
  telesignApiKey: true,
} as const;

export async function findStoredAccount(accountId: string) {
  const account = await db.messagingAccount
    .findUnique({ where: { id: accountId }, select: storedSelect })
    .then((row) => row && { ...row, secretsUnreadable: false })
    .catch(async (error: unknown) => {
      if (!(error instanceof SecretDecryptionError)) throw error;
      // The encryption key changed: the account can still be renamed, (de)activated or given new
      // credentials — the secret just has to be typed again.
      const { twilioAuthToken: _token, telesignApiKey: _key, ...withoutSecrets } = storedSelect;
      const row = await db.messagingAccount.findUnique({ where: { id: accountId }, select: withoutSecrets });
      return row && { ...row, twilioAuthToken: null, telesignApiKey: null, secretsUnreadable: true };
    });
  if (!account) throw new ActionError("notFound", "errors.accounts.notFound");
  return account;
}

type Stored = Awaited<ReturnType<typeof findStoredAccount>>;

/** The stored credentials with the typed ones laid over them (an omitted secret keeps the stored one). */
export function mergeCredentials(stored: Stored, details: AccountDetailsUpdate) {
  const missing = stored.secretsUnreadable ? "validation.credentials.unreadable" : "validation.credentials.required";
  if (details.provider === "TWILIO") {
    const authToken = details.authToken ?? stored.twilioAuthToken;
    if (!authToken) throw new ActionError("validation", missing, { field: "details.authToken" });
    return { ...details, authToken };
  }
  const apiKey = details.apiKey ?? stored.telesignApiKey;
  if (!apiKey) throw new ActionError("validation", missing, { field: "details.apiKey" });
  return { ...details, apiKey };
}

export async function updateAccountDetails({
  accountId,
  details,
  skipValidation,
  actor,
}: {
  accountId: string;
  details: AccountDetailsUpdate;
  skipValidation: boolean;
  actor: Actor;
}) {
  const stored = await findStoredAccount(accountId);
  if (stored.provider !== details.provider) throw new ActionError("conflict", "errors.accounts.providerFixed");
  const merged = mergeCredentials(stored, details);
  const check = skipValidation ? null : await checkCredentials(merged);
  if (check && !check.ok) throw credentialError(check);
  const columns = credentialColumns(merged);
  await db.messagingAccount.update({ where: { id: accountId }, data: { ...columns, ...validationColumns(check) }, select: { id: true } });
  const secretReplaced = details.provider === "TWILIO" ? details.authToken !== undefined : details.apiKey !== undefined;
  await recordAudit({
    actor,
    action: "update",
    entityType: "account",
    entityId: accountId,
    entityLabel: stored.name,
    details: {
      ...diffChanges(
        {
          accountSid: stored.twilioAccountSid,
          customerId: stored.telesignCustomerId,
          isSandbox: stored.isSandbox,
          sandboxJoinCode: stored.sandboxJoinCode,
        },
        {
          accountSid: columns.twilioAccountSid,
          customerId: columns.telesignCustomerId,
          isSandbox: columns.isSandbox,
          sandboxJoinCode: columns.sandboxJoinCode,
        },
      ),
      ...(secretReplaced ? { secret: { from: REDACTED, to: REDACTED } } : {}),
      validationStatus: check ? "VALID" : "NOT_VALIDATED",
    },
  });
}

/** Re-checks the stored credentials and records the outcome, failed or not. */
export async function revalidateAccount({ accountId, actor }: { accountId: string; actor: Actor }) {
  const stored = await findStoredAccount(accountId);
  if (stored.secretsUnreadable) throw new ActionError("conflict", "errors.accounts.credentialsUnreadable");
  const check =
    stored.provider === "TWILIO"
      ? await checkCredentials({ provider: "TWILIO", accountSid: stored.twilioAccountSid ?? "", authToken: stored.twilioAuthToken ?? "" })
      : await checkCredentials({ provider: "TELESIGN", customerId: stored.telesignCustomerId ?? "", apiKey: stored.telesignApiKey ?? "" });
  await db.messagingAccount.update({ where: { id: accountId }, data: validationColumns(check), select: { id: true } });
  await recordAudit({
    actor,
    action: "validate",
    entityType: "account",
    entityId: accountId,
    entityLabel: stored.name,
    details: { result: check.ok ? "VALID" : check.reason },
  });
  if (!check.ok) throw credentialError(check);
  return check;
}

export async function renameAccount({ accountId, name, actor }: { accountId: string; name: string; actor: Actor }) {
  const stored = await findStoredAccount(accountId);
  if (stored.name === name) return;
  await db.messagingAccount.update({ where: { id: accountId }, data: { name }, select: { id: true } });
  await recordAudit({
    actor,
    action: "update",
    entityType: "account",
    entityId: accountId,
    entityLabel: name,
    details: { name: { from: stored.name, to: name } },
  });
}

export async function setAccountActive({ accountId, isActive, actor }: { accountId: string; isActive: boolean; actor: Actor }) {
  const stored = await findStoredAccount(accountId);
  if (stored.status === "DRAFT") throw new ActionError("conflict", "errors.accounts.finishSetupFirst");
  const status = isActive ? "ACTIVE" : "INACTIVE";
  if (stored.status === status) return;
  await db.messagingAccount.update({ where: { id: accountId }, data: { status }, select: { id: true } });
  await recordAudit({
    actor,
    action: isActive ? "reactivate" : "deactivate",
    entityType: "account",
    entityId: accountId,
    entityLabel: stored.name,
  });
}

/** The wizard's Finish: a draft with at least one number becomes active. */
/** The wizard's callback step was passed: a draft reopened later resumes at the summary. */
export async function markCallbackShown({ accountId }: { accountId: string }) {
  const stored = await findStoredAccount(accountId);
  if (stored.status !== "DRAFT") return;
  await db.messagingAccount.update({ where: { id: accountId }, data: { callbackShownAt: new Date() }, select: { id: true } });
}

export async function completeAccountSetup({ accountId, actor }: { accountId: string; actor: Actor }) {
  const stored = await findStoredAccount(accountId);
  if (stored.status !== "DRAFT") return;
  if ((await db.phoneNumber.count({ where: { accountId } })) === 0) throw new ActionError("conflict", "errors.accounts.numbersRequired");
  await db.messagingAccount.update({
    where: { id: accountId },
    data: { status: "ACTIVE", setupCompletedAt: new Date() },
    select: { id: true },
  });
  await recordAudit({
    actor,
    action: "update",
    entityType: "account",
    entityId: accountId,
    entityLabel: stored.name,
    details: { status: { from: "DRAFT", to: "ACTIVE" } },
  });
}

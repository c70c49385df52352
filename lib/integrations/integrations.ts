// Integrations are messaging accounts with provider Twilio and channel SMS (SPEC §4): the same
// record, credentials and provider code as the Accounts pages, with the Genesys lifecycle on top.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { newCallbackKey } from "@/lib/accounts/credential-columns";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SecretDecryptionError } from "@/lib/secrets/cipher";
import type { IntegrationsListFilters } from "./integrations.schema";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";
import { countsByKey } from "@/lib/pagination/related-counts";

type Actor = NonNullable<AuditActor>;

export const INTEGRATION_WHERE = { provider: "TWILIO", channel: "SMS" } satisfies Prisma.MessagingAccountWhereInput;
export const INTEGRATIONS_PAGE_SIZE = 20;

export async function findIntegration(accountId: string) {
  const select = { id: true, name: true, notes: true, status: true, twilioAccountSid: true } as const;
  const account = await db.messagingAccount
    .findFirst({ where: { id: accountId, ...INTEGRATION_WHERE }, select: { ...select, twilioAuthToken: true } })
    .catch(async (error: unknown) => {
      // The encryption key changed: the integration can still be renamed, deactivated or deleted.
      if (!(error instanceof SecretDecryptionError)) throw error;
      const row = await db.messagingAccount.findFirst({ where: { id: accountId, ...INTEGRATION_WHERE }, select });
      return row && { ...row, twilioAuthToken: null };
    });
  if (!account) throw new ActionError("notFound", "errors.integrations.notFound");
  return account;
}

export async function listIntegrations(filters: IntegrationsListFilters) {
  const where: Prisma.MessagingAccountWhereInput = {
    ...INTEGRATION_WHERE,
    ...(filters.q
      ? { OR: [{ name: containsText(filters.q) }, { notes: containsText(filters.q) }, { twilioAccountSid: containsText(filters.q) }] }
      : {}),
  };
  const [total, page] = await Promise.all([
    cappedCount((take) => db.messagingAccount.count({ where, take, orderBy: { name: "asc" } })),
    findKeysetPage({
      where,
      sortKey: "name",
      direction: "asc",
      pageSize: INTEGRATIONS_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.messagingAccount.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
      findMany: (args) =>
        db.messagingAccount.findMany({
          ...args,
          select: { id: true, name: true, notes: true, status: true },
        }),
    }),
  ]);
  const integrations = page.rows;
  const numberCounts = countsByKey(
    await db.phoneNumber.groupBy({
      by: ["accountId"],
      where: { accountId: { in: integrations.map((row) => row.id) } },
      _count: { _all: true },
    }),
    "accountId",
  );
  return {
    total,
    previousCursor: page.previousCursor,
    nextCursor: page.nextCursor,
    integrations: integrations.map((row) => ({ ...row, numberCount: numberCounts.get(row.id) ?? 0 })),
  };
}

/** "Install": a named integration without credentials yet (Genesys: install → configure → activate). */
export async function installIntegration({ name, notes, actor }: { name: string; notes: string | null; actor: Actor }) {
  const created = await db.messagingAccount.create({
    data: { name, notes, channel: "SMS", provider: "TWILIO", status: "DRAFT", callbackKey: newCallbackKey() },
    select: { id: true },
  });
  await recordAudit({
    actor,
    action: "create",
    entityType: "integration",
    entityId: created.id,
    entityLabel: name,
    details: { name, notes },
  });
  return created;
}

export async function updateIntegrationDetails({
  accountId,
  name,
  notes,
  actor,
}: {
  accountId: string;
  name: string;
  notes: string | null;
  actor: Actor;
}) {
  const before = await findIntegration(accountId);
  await db.messagingAccount.update({ where: { id: accountId }, data: { name, notes }, select: { id: true } });
  await recordAudit({
    actor,
    action: "update",
    entityType: "integration",
    entityId: accountId,
    entityLabel: name,
    details: diffChanges({ name: before.name, notes: before.notes }, { name, notes }),
  });
}

/** Status Active needs credentials; Inactive holds inbound messages instead of routing them. */
export async function setIntegrationActive({ accountId, isActive, actor }: { accountId: string; isActive: boolean; actor: Actor }) {
  const integration = await findIntegration(accountId);
  if (isActive && (!integration.twilioAccountSid || !integration.twilioAuthToken))
    throw new ActionError("conflict", "errors.integrations.credentialsRequired");
  const status = isActive ? "ACTIVE" : "INACTIVE";
  if (integration.status === status) return;
  await db.messagingAccount.update({
    where: { id: accountId },
    data: { status, ...(isActive ? { setupCompletedAt: new Date() } : {}) },
    select: { id: true },
  });
  await recordAudit({
    actor,
    action: isActive ? "reactivate" : "deactivate",
    entityType: "integration",
    entityId: accountId,
    entityLabel: integration.name,
  });
}

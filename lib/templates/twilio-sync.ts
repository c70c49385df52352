// WhatsApp templates from Twilio's Content API (issue #15): preview and import the approved ones,
// and keep the approval status of every local template with a Content SID in sync — on demand and
// from a periodic job (lib/message-engine/jobs.ts) that takes a few due accounts per tick.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { listTwilioContent } from "@/lib/providers/twilio/content";
import { planImport, planStatusSync, type ImportRow, type LocalTemplate } from "./twilio-plan";

type Actor = NonNullable<AuditActor>;

/** How often the scheduled sync re-reads an account's templates, and how many accounts one tick takes. */
export const TEMPLATE_SYNC_INTERVAL_MS = 60 * 60 * 1000;
const ACCOUNTS_PER_TICK = 5;

async function twilioCredentials(accountId: string) {
  const account = await db.messagingAccount.findUnique({
    where: { id: accountId },
    select: { id: true, name: true, channel: true, provider: true, twilioAccountSid: true, twilioAuthToken: true },
  });
  if (!account) throw new ActionError("notFound", "errors.accounts.notFound");
  if (account.channel !== "WHATSAPP" || account.provider !== "TWILIO") throw new ActionError("conflict", "errors.templates.twilioOnly");
  if (!account.twilioAccountSid || !account.twilioAuthToken) throw new ActionError("conflict", "errors.templates.noCredentials");
  return { ...account, accountSid: account.twilioAccountSid, authToken: account.twilioAuthToken };
}

async function localTemplates(accountId: string): Promise<LocalTemplate[]> {
  const rows = await db.whatsAppTemplate.findMany({
    where: { accountId },
    select: { id: true, name: true, language: true, body: true, examples: true, contentSid: true },
  });
  return rows.map((row) => ({ ...row, examples: JSON.parse(row.examples) as Record<string, string> }));
}

/** The approved templates Twilio has for the account and what importing each would do. */
export async function previewTemplateImport(accountId: string): Promise<ImportRow[]> {
  const account = await twilioCredentials(accountId);
  const result = await listTwilioContent({ accountSid: account.accountSid, authToken: account.authToken, approvedOnly: true });
  if (!result.ok) throw new ActionError("validation", `accounts.validation.twilio.${result.reason}`);
  return planImport(result.items, await localTemplates(accountId));
}

/**
 * Imports the chosen contents (by SID). Twilio is asked again rather than trusting what the browser
 * saw, so only approved contents of this account are ever written.
 */
export async function importTemplates({ accountId, sids, actor }: { accountId: string; sids: string[]; actor: Actor }) {
  const account = await twilioCredentials(accountId);
  const result = await listTwilioContent({ accountSid: account.accountSid, authToken: account.authToken, approvedOnly: true });
  if (!result.ok) throw new ActionError("validation", `accounts.validation.twilio.${result.reason}`);
  const wanted = new Set(sids);
  const rows = planImport(result.items, await localTemplates(accountId)).filter((row) => wanted.has(row.sid));
  const now = new Date();
  let created = 0;
  let updated = 0;
  for (const row of rows) {
    if (row.action === "skip" || row.action === "unchanged") continue;
    const data = {
      name: row.name,
      language: row.language,
      body: row.body,
      examples: JSON.stringify(row.examples),
      contentSid: row.sid,
      twilioStatus: row.status,
      twilioReason: row.rejectionReason,
      twilioCheckedAt: now,
    };
    if (row.action === "create") {
      const saved = await db.whatsAppTemplate.create({ data: { ...data, accountId }, select: { id: true } });
      created += 1;
      await recordAudit({
        actor,
        action: "create",
        entityType: "template",
        entityId: saved.id,
        entityLabel: `${row.name} (${row.language})`,
        details: { account: account.name, provider: "TWILIO", contentSid: row.sid },
      });
    } else {
      await db.whatsAppTemplate.update({ where: { id: row.localId }, data, select: { id: true } });
      updated += 1;
      await recordAudit({
        actor,
        action: "update",
        entityType: "template",
        entityId: row.localId,
        entityLabel: `${row.name} (${row.language})`,
        details: { account: account.name, provider: "TWILIO", contentSid: row.sid },
      });
    }
  }
  if (created + updated > 0) await markHasContentTemplates(accountId);
  return { created, updated, skipped: sids.length - created - updated };
}

/**
 * Marks the account as having a template with a Content SID, so the scheduled sync reads it (decision 048).
 * Called after the template is written: a tick that meanwhile found none and cleared the flag is undone here.
 */
export async function markHasContentTemplates(accountId: string) {
  await db.messagingAccount.updateMany({ where: { id: accountId, hasContentTemplates: false }, data: { hasContentTemplates: true } });
}

export type TemplateSyncResult = { ok: true; checked: number; flagged: number } | { ok: false; reason: string };

/**
 * Reads every content of the account (all approval states) and records each local template's
 * status; a Content SID Twilio no longer lists is "deleted". The outcome is kept on the account
 * (templatesSyncedAt / templatesSyncError) for the Templates tab.
 */
export async function syncTemplateStatuses(accountId: string, now = new Date()): Promise<TemplateSyncResult> {
  const account = await twilioCredentials(accountId);
  const result = await listTwilioContent({ accountSid: account.accountSid, authToken: account.authToken });
  if (!result.ok) {
    await db.messagingAccount.update({
      where: { id: accountId },
      data: { templatesSyncedAt: now, templatesSyncError: result.reason },
      select: { id: true },
    });
    return { ok: false, reason: result.reason };
  }
  const locals = await db.whatsAppTemplate.findMany({
    where: { accountId, contentSid: { not: null } },
    select: { id: true, contentSid: true, twilioStatus: true, twilioReason: true },
  });
  const changes = planStatusSync(locals, result.items, result.complete);
  for (const change of changes) {
    const before = locals.find((local) => local.id === change.id);
    const changed = before?.twilioStatus !== change.twilioStatus || before?.twilioReason !== change.twilioReason;
    await db.whatsAppTemplate.update({
      where: { id: change.id },
      data: { twilioCheckedAt: now, ...(changed ? { twilioStatus: change.twilioStatus, twilioReason: change.twilioReason } : {}) },
      select: { id: true },
    });
  }
  await db.messagingAccount.update({
    where: { id: accountId },
    data: { templatesSyncedAt: now, templatesSyncError: null },
    select: { id: true },
  });
  const flagged = changes.filter((change) => ["rejected", "deleted", "paused", "disabled"].includes(change.twilioStatus)).length;
  return { ok: true, checked: changes.length, flagged };
}

/** The accounts the scheduled sync may read: active Twilio WhatsApp accounts flagged as having content templates. */
const syncable = { channel: "WHATSAPP", provider: "TWILIO", status: "ACTIVE", hasContentTemplates: true } as const;

/**
 * The periodic job: flagged accounts not synced within the interval, a few per tick, never-synced ones
 * first (in no particular order: each leaves that set once synced), then oldest first. Both reads are ranges of MessagingAccount(channel, provider, status,
 * hasContentTemplates, templatesSyncedAt), so a tick costs O(accounts due), not O(WhatsApp accounts)
 * (decision 048). An account found without a template with a Content SID any more (deleted, or the SID
 * cleared) loses its flag instead of being synced; saving or importing one sets it again.
 */
export async function syncDueTemplateAccounts(now = new Date()): Promise<number> {
  const neverSynced = await db.messagingAccount.findMany({
    where: { ...syncable, templatesSyncedAt: null },
    take: ACCOUNTS_PER_TICK,
    select: { id: true },
  });
  const stale =
    neverSynced.length < ACCOUNTS_PER_TICK
      ? await db.messagingAccount.findMany({
          where: { ...syncable, templatesSyncedAt: { lt: new Date(now.getTime() - TEMPLATE_SYNC_INTERVAL_MS) } },
          orderBy: { templatesSyncedAt: "asc" },
          take: ACCOUNTS_PER_TICK - neverSynced.length,
          select: { id: true },
        })
      : [];
  const due = [...neverSynced, ...stale];
  for (const account of due) {
    try {
      // One statement, so a template saved meanwhile either is seen here or sets the flag again after.
      const cleared = await db.messagingAccount.updateMany({
        where: { id: account.id, templates: { none: { contentSid: { not: null } } } },
        data: { hasContentTemplates: false },
      });
      if (cleared.count > 0) continue;
      const result = await syncTemplateStatuses(account.id, now);
      if (!result.ok) logger.warn("template sync failed", { accountId: account.id, reason: result.reason });
    } catch (error) {
      // An account without credentials (or deleted meanwhile) must not stop the others.
      logger.warn("template sync skipped", { accountId: account.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return due.length;
}

/** When the account's templates were last synced with Twilio and why that failed, for the Templates tab. */
export async function templateSyncState(accountId: string) {
  const account = await db.messagingAccount.findUnique({
    where: { id: accountId },
    select: { templatesSyncedAt: true, templatesSyncError: true },
  });
  return { syncedAt: account?.templatesSyncedAt ?? null, syncError: account?.templatesSyncError ?? null };
}

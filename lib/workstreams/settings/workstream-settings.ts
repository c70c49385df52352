// A workstream's bot and advanced settings (SPEC §2). The bot is for push workstreams only: in a pick
// workstream agents take conversations from their queues, so there is no hand-off for a bot to precede.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { customNotificationTemplates, type AdvancedSettingsInput } from "./advanced-settings.schema";
import { auditableBotEndpoint } from "./bot-endpoint";
import type { BotSettingsInput } from "./bot.schema";
import type { NotificationTemplate } from "./notification-templates";
import { parseNotificationTemplates, parseQuickReplies, type QuickReply } from "./stored-settings";

type Actor = NonNullable<AuditActor>;

const SETTINGS_SELECT = {
  name: true,
  distributionMode: true,
  botName: true,
  botEndpoint: true,
  quickReplies: true,
  notificationTemplates: true,
} as const;

/** What the workstream page hands BotSection and AdvancedSettingsSection; null when there is no such workstream. */
export async function findWorkstreamSettings({ workstreamId }: { workstreamId: string }) {
  const row = await db.workstream.findUnique({ where: { id: workstreamId }, select: SETTINGS_SELECT });
  if (!row) return null;
  return {
    distributionMode: row.distributionMode,
    bot: row.botName && row.botEndpoint ? { name: row.botName, endpoint: row.botEndpoint } : null,
    quickReplies: parseQuickReplies(row.quickReplies),
    notificationTemplates: parseNotificationTemplates(row.notificationTemplates),
  };
}

async function findOrThrow(workstreamId: string) {
  const row = await db.workstream.findUnique({ where: { id: workstreamId }, select: SETTINGS_SELECT });
  if (!row) throw new ActionError("notFound", "errors.workstreams.notFound");
  return row;
}

/** Sets the bot (switched on) or removes it (switched off); a pick workstream can only have it removed. */
export async function saveWorkstreamBot({ input, actor }: { input: BotSettingsInput; actor: Actor }) {
  const before = await findOrThrow(input.workstreamId);
  if (input.isEnabled && before.distributionMode !== "PUSH") throw new ActionError("conflict", "errors.workstreamSettings.botPushOnly");
  const data = input.isEnabled ? { botName: input.name, botEndpoint: input.endpoint } : { botName: null, botEndpoint: null };
  await db.workstream.update({ where: { id: input.workstreamId }, data, select: { id: true } });
  const changes = diffChanges(
    { botName: before.botName, botEndpoint: auditableBotEndpoint(before.botEndpoint) },
    { botName: data.botName, botEndpoint: auditableBotEndpoint(data.botEndpoint) },
  );
  // The endpoint as audited hides its query string, so a changed key alone would otherwise leave no trace.
  if (before.botEndpoint !== data.botEndpoint && !changes.botEndpoint) changes.botEndpoint = { from: "[changed]", to: "[changed]" };
  if (Object.keys(changes).length > 0) {
    await recordAudit({
      actor,
      action: "update",
      entityType: "workstream",
      entityId: input.workstreamId,
      entityLabel: before.name,
      details: changes,
    });
  }
  return { isEnabled: input.isEnabled };
}

/** Replaces the quick replies and the notification templates; the audit log gets a summary, not the texts. */
export async function saveWorkstreamAdvancedSettings({ input, actor }: { input: AdvancedSettingsInput; actor: Actor }) {
  const before = await findOrThrow(input.workstreamId);
  const quickReplies: QuickReply[] = input.quickReplies.map(({ locale, text }) => ({ locale, text }));
  const notificationTemplates = customNotificationTemplates(input.notificationTemplates);
  const data = { quickReplies: JSON.stringify(quickReplies), notificationTemplates: JSON.stringify(notificationTemplates) };
  await db.workstream.update({ where: { id: input.workstreamId }, data, select: { id: true } });

  const previous = {
    quickReplies: parseQuickReplies(before.quickReplies),
    notificationTemplates: parseNotificationTemplates(before.notificationTemplates),
  };
  const edited = [
    JSON.stringify(previous.quickReplies) !== data.quickReplies ? "quickReplies" : null,
    JSON.stringify(previous.notificationTemplates) !== data.notificationTemplates ? "notificationTemplates" : null,
  ].filter((part) => part !== null);
  if (edited.length === 0) return;
  await recordAudit({
    actor,
    action: "update",
    entityType: "workstream",
    entityId: input.workstreamId,
    entityLabel: before.name,
    details: { edited, ...diffChanges(summarize(previous), summarize({ quickReplies, notificationTemplates })) },
  });
}

function summarize({ quickReplies, notificationTemplates }: { quickReplies: QuickReply[]; notificationTemplates: NotificationTemplate[] }) {
  return {
    quickReplyCount: quickReplies.length,
    quickReplyLocales: [...new Set(quickReplies.map((reply) => reply.locale))].sort(),
    customNotificationEvents: notificationTemplates.map((template) => template.event),
  };
}

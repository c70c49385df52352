// A workstream's bot and advanced settings (SPEC §2). The bot is for push workstreams only: in a pick
// workstream agents take conversations from their queues, so there is no hand-off for a bot to precede.
// The bot's signing secret (decision 028) is generated here, sealed at rest like every secret, and
// returned once — when the bot is first saved and when an administrator generates a new one.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { generateBotSecret } from "@/lib/bots/secret";
import { db } from "@/lib/db";
import { readSecretStatuses } from "@/lib/secrets/stored-secrets";
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
  botHandoffMinutes: true,
  botMaxErrors: true,
  quickReplies: true,
  notificationTemplates: true,
} as const;

/** What the workstream page hands BotSection and AdvancedSettingsSection; null when there is no such workstream. */
export async function findWorkstreamSettings({ workstreamId }: { workstreamId: string }) {
  const row = await db.workstream.findUnique({ where: { id: workstreamId }, select: SETTINGS_SELECT });
  if (!row) return null;
  const secret = (await readSecretStatuses("Workstream", [workstreamId])).get(workstreamId);
  const secretState: "none" | "set" | "unreadable" = !secret?.stored.includes("botSecret")
    ? "none"
    : secret.unreadable.includes("botSecret")
      ? "unreadable"
      : "set";
  return {
    distributionMode: row.distributionMode,
    bot:
      row.botName && row.botEndpoint
        ? {
            name: row.botName,
            endpoint: row.botEndpoint,
            handoffMinutes: row.botHandoffMinutes,
            maxErrors: row.botMaxErrors,
            secretState,
          }
        : null,
    quickReplies: parseQuickReplies(row.quickReplies),
    notificationTemplates: parseNotificationTemplates(row.notificationTemplates),
  };
}

async function findOrThrow(workstreamId: string) {
  const row = await db.workstream.findUnique({ where: { id: workstreamId }, select: SETTINGS_SELECT });
  if (!row) throw new ActionError("notFound", "errors.workstreams.notFound");
  return row;
}

/**
 * Sets the bot (switched on) or removes it (switched off, its secret with it); a pick workstream can only
 * have it removed. A bot saved without a secret gets one, returned this once.
 */
export async function saveWorkstreamBot({ input, actor }: { input: BotSettingsInput; actor: Actor }) {
  const before = await findOrThrow(input.workstreamId);
  if (input.isEnabled && before.distributionMode !== "PUSH") throw new ActionError("conflict", "errors.workstreamSettings.botPushOnly");
  const status = (await readSecretStatuses("Workstream", [input.workstreamId])).get(input.workstreamId);
  const newSecret = input.isEnabled && !status?.stored.includes("botSecret") ? generateBotSecret() : null;
  const data = input.isEnabled
    ? {
        botName: input.name,
        botEndpoint: input.endpoint,
        botHandoffMinutes: input.handoffMinutes,
        botMaxErrors: input.maxErrors,
        ...(newSecret ? { botSecret: newSecret } : {}),
      }
    : { botName: null, botEndpoint: null, botSecret: null };
  await db.workstream.update({ where: { id: input.workstreamId }, data, select: { id: true } });
  const changes = diffChanges(
    {
      botName: before.botName,
      botEndpoint: auditableBotEndpoint(before.botEndpoint),
      botHandoffMinutes: before.botHandoffMinutes,
      botMaxErrors: before.botMaxErrors,
    },
    {
      botName: data.botName,
      botEndpoint: auditableBotEndpoint(data.botEndpoint),
      botHandoffMinutes: input.isEnabled ? input.handoffMinutes : before.botHandoffMinutes,
      botMaxErrors: input.isEnabled ? input.maxErrors : before.botMaxErrors,
    },
  );
  // The endpoint as audited hides its query string, so a changed key alone would otherwise leave no trace.
  if (before.botEndpoint !== data.botEndpoint && !changes.botEndpoint) changes.botEndpoint = { from: "[changed]", to: "[changed]" };
  const details = newSecret ? { ...changes, botSecret: { from: null, to: "[generated]" } } : changes;
  if (Object.keys(details).length > 0) {
    await recordAudit({
      actor,
      action: "update",
      entityType: "workstream",
      entityId: input.workstreamId,
      entityLabel: before.name,
      details,
    });
  }
  return { isEnabled: input.isEnabled, secret: newSecret };
}

/** A new signing secret for the workstream's bot, returned once; the old one stops working at once. */
export async function regenerateWorkstreamBotSecret({ workstreamId, actor }: { workstreamId: string; actor: Actor }) {
  const before = await findOrThrow(workstreamId);
  if (!before.botName || !before.botEndpoint) throw new ActionError("conflict", "errors.workstreamSettings.botMissing");
  const secret = generateBotSecret();
  await db.workstream.update({ where: { id: workstreamId }, data: { botSecret: secret }, select: { id: true } });
  await recordAudit({
    actor,
    action: "update",
    entityType: "workstream",
    entityId: workstreamId,
    entityLabel: before.name,
    details: { botSecret: { from: "[replaced]", to: "[generated]" } },
  });
  return { secret };
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

// Automated messages of a workstream, stored per level (channel, or one channel instance), trigger and
// locale. SQLite treats NULLs as distinct in unique indexes, so "one message per level, trigger and
// locale" is enforced here, inside the transaction that writes.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db, serializableTransaction } from "@/lib/db";
import type { AutomatedMessageInput } from "./automated-messages.schema";
import { sortAutomatedMessages } from "./editor";

type Actor = NonNullable<AuditActor>;
/** channelInstanceId null (the default) = channel level. */
type Level = { workstreamId: string; channelInstanceId?: string | null };

const MESSAGE_SELECT = { id: true, trigger: true, locale: true, text: true, isActive: true } as const;

export async function listAutomatedMessages({ workstreamId, channelInstanceId = null }: Level) {
  const rows = await db.automatedMessage.findMany({ where: { workstreamId, channelInstanceId }, select: MESSAGE_SELECT });
  return sortAutomatedMessages(rows);
}

export type AutomatedMessageRow = Awaited<ReturnType<typeof listAutomatedMessages>>[number];

/** Every message of a workstream, channel level and every number's, for the effective-messages view. */
export async function listWorkstreamAutomatedMessages(workstreamId: string) {
  const rows = await db.automatedMessage.findMany({ where: { workstreamId }, select: { ...MESSAGE_SELECT, channelInstanceId: true } });
  return sortAutomatedMessages(rows);
}

export async function saveAutomatedMessage({ input, actor }: { input: AutomatedMessageInput; actor: Actor }) {
  const { messageId, workstreamId, trigger, locale, text, isActive } = input;
  const channelInstanceId = input.channelInstanceId ?? null;
  const workstream = await db.workstream.findUnique({ where: { id: workstreamId }, select: { name: true } });
  if (!workstream) throw new ActionError("notFound", "errors.automatedMessages.workstreamNotFound");
  if (channelInstanceId) {
    const instance = await db.channelInstance.findFirst({ where: { id: channelInstanceId, workstreamId }, select: { id: true } });
    if (!instance) throw new ActionError("notFound", "errors.automatedMessages.channelInstanceNotFound");
  }

  const data = { trigger, locale, text, isActive };
  // Serializable, so two saves at once can't both pass the duplicate check (decision 018).
  const { id, before } = await serializableTransaction(async (tx) => {
    const before = messageId
      ? await tx.automatedMessage.findFirst({
          where: { id: messageId, workstreamId, channelInstanceId },
          select: { trigger: true, locale: true, text: true, isActive: true },
        })
      : null;
    if (messageId && !before) throw new ActionError("notFound", "errors.automatedMessages.notFound");
    const duplicate = await tx.automatedMessage.findFirst({
      where: { workstreamId, channelInstanceId, trigger, locale, ...(messageId ? { NOT: { id: messageId } } : {}) },
      select: { id: true },
    });
    if (duplicate) throw new ActionError("conflict", "errors.automatedMessages.duplicate", { field: "locale" });
    const saved = messageId
      ? await tx.automatedMessage.update({ where: { id: messageId }, data, select: { id: true } })
      : await tx.automatedMessage.create({ data: { ...data, workstreamId, channelInstanceId }, select: { id: true } });
    return { id: saved.id, before };
  });

  const audit = { actor, entityType: "automatedMessage", entityId: id, entityLabel: auditLabel(workstream.name, trigger, locale) } as const;
  if (!before) {
    await recordAudit({ ...audit, action: "create", details: { workstream: workstream.name, channelInstanceId, ...data } });
  } else {
    const changes = diffChanges(before, data);
    if (Object.keys(changes).length > 0) await recordAudit({ ...audit, action: "update", details: changes });
  }
  return { id };
}

export async function setAutomatedMessageActive({ messageId, isActive, actor }: { messageId: string; isActive: boolean; actor: Actor }) {
  const message = await findForChange(messageId);
  if (message.isActive !== isActive) {
    await db.automatedMessage.update({ where: { id: messageId }, data: { isActive }, select: { id: true } });
    await recordAudit({
      actor,
      action: "update",
      entityType: "automatedMessage",
      entityId: messageId,
      entityLabel: auditLabel(message.workstream.name, message.trigger, message.locale),
      details: diffChanges({ isActive: message.isActive }, { isActive }),
    });
  }
  return { workstreamId: message.workstreamId, channelInstanceId: message.channelInstanceId };
}

export async function deleteAutomatedMessage({ messageId, actor }: { messageId: string; actor: Actor }) {
  const message = await findForChange(messageId);
  await db.automatedMessage.delete({ where: { id: messageId }, select: { id: true } });
  await recordAudit({
    actor,
    action: "delete",
    entityType: "automatedMessage",
    entityId: messageId,
    entityLabel: auditLabel(message.workstream.name, message.trigger, message.locale),
    details: { channelInstanceId: message.channelInstanceId, text: message.text, isActive: message.isActive },
  });
  return { workstreamId: message.workstreamId, channelInstanceId: message.channelInstanceId };
}

async function findForChange(messageId: string) {
  const message = await db.automatedMessage.findUnique({
    where: { id: messageId },
    select: {
      workstreamId: true,
      channelInstanceId: true,
      trigger: true,
      locale: true,
      text: true,
      isActive: true,
      workstream: { select: { name: true } },
    },
  });
  if (!message) throw new ActionError("notFound", "errors.automatedMessages.notFound");
  return message;
}

// Codes rather than translated names: the audit log is read in every UI language.
function auditLabel(workstreamName: string, trigger: string, locale: string) {
  return `${workstreamName}: ${trigger} (${locale})`;
}

import "server-only";
import { ROLES_TAKING_CONVERSATIONS } from "@/lib/auth/permissions";
import type { z } from "zod";
import { ActionError } from "@/lib/actions/action-error";
import type { AuditDetails } from "@/lib/audit/detail-labels";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { queueNameKey } from "./name-key";
import type { saveQueueSchema } from "./queues.schema";

type Input = z.output<typeof saveQueueSchema>;
type Actor = NonNullable<AuditActor>;

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

// Names are unique ignoring case, enforced by the unique Queue.nameKey (lib/queues/name-key.ts, filled by
// lib/db.ts). This lookup gives the friendly message up front; a concurrent save that slips past it still
// hits the unique index and gets the same message (isUniqueViolation below).
async function assertNameFree(name: string, queueId: string | undefined) {
  const clash = await db.queue.findFirst({
    where: { nameKey: queueNameKey(name), ...(queueId ? { id: { not: queueId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new ActionError("conflict", "errors.queues.nameTaken", { field: "name" });
}

async function operatingHoursName(operatingHoursId: string | null) {
  if (!operatingHoursId) return null;
  const record = await db.operatingHours.findUnique({ where: { id: operatingHoursId }, select: { name: true } });
  if (!record) throw new ActionError("notFound", "errors.queues.operatingHoursNotFound", { field: "operatingHoursId" });
  return record.name;
}

/**
 * New members must be active users who take conversations (agents, and administrators who answer too). Members a queue already has are kept even
 * if they were deactivated or changed role since, so saving a rename never fails because of them.
 */
async function assertMembersAreAgents(memberIds: string[], currentIds: ReadonlySet<string>) {
  const added = memberIds.filter((id) => !currentIds.has(id));
  if (added.length === 0) return;
  const agents = await db.user.count({ where: { id: { in: added }, role: { in: [...ROLES_TAKING_CONVERSATIONS] }, isActive: true } });
  if (agents !== added.length) throw new ActionError("conflict", "errors.queues.membersNotAgents", { field: "memberIds" });
}

async function emailsOf(userIds: string[]) {
  if (userIds.length === 0) return "";
  const users = await db.user.findMany({ where: { id: { in: userIds } }, orderBy: { email: "asc" }, select: { email: true } });
  return users.map((user) => user.email).join(", ");
}

export async function saveQueue({ input, actor }: { input: Input; actor: Actor }) {
  const { queueId, name, operatingHoursId, memberIds } = input;
  const before = queueId
    ? await db.queue.findUnique({
        where: { id: queueId },
        select: { name: true, operatingHours: { select: { name: true } }, members: { select: { userId: true } } },
      })
    : null;
  if (queueId && !before) throw new ActionError("notFound", "errors.queues.notFound");
  const currentIds = new Set(before?.members.map((member) => member.userId) ?? []);
  await assertNameFree(name, queueId);
  const hoursName = await operatingHoursName(operatingHoursId);
  await assertMembersAreAgents(memberIds, currentIds);

  const added = memberIds.filter((id) => !currentIds.has(id));
  const kept = new Set(memberIds);
  const removed = [...currentIds].filter((id) => !kept.has(id));
  let saved: { id: string };
  try {
    saved = await db.$transaction(async (tx) => {
      const queue = queueId
        ? await tx.queue.update({ where: { id: queueId }, data: { name, operatingHoursId }, select: { id: true } })
        : await tx.queue.create({ data: { name, operatingHoursId }, select: { id: true } });
      if (removed.length > 0) await tx.queueMember.deleteMany({ where: { queueId: queue.id, userId: { in: removed } } });
      if (added.length > 0) await tx.queueMember.createMany({ data: added.map((userId) => ({ queueId: queue.id, userId })) });
      return queue;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ActionError("conflict", "errors.queues.nameTaken", { field: "name" });
    throw error;
  }

  const audit = { actor, entityType: "queue", entityId: saved.id, entityLabel: name } as const;
  if (!before) {
    await recordAudit({ ...audit, action: "create", details: { name, operatingHours: hoursName, members: await emailsOf(added) } });
  } else {
    const changes: AuditDetails = diffChanges(
      { name: before.name, operatingHours: before.operatingHours?.name ?? null },
      { name, operatingHours: hoursName },
    );
    if (added.length > 0) changes.membersAdded = await emailsOf(added);
    if (removed.length > 0) changes.membersRemoved = await emailsOf(removed);
    if (Object.keys(changes).length > 0) await recordAudit({ ...audit, action: "update", details: changes });
  }
  return { id: saved.id, name };
}

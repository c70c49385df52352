import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OperatingHoursFormOutput } from "./operating-hours.schema";
import { describeForAudit, fromFormValues, parseStoredHours, toStoredColumns } from "./record";

type Actor = NonNullable<AuditActor>;

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

const duplicateName = () => new ActionError("conflict", "operatingHours.errors.duplicateName", { field: "name" });

export async function createOperatingHours({ input, actor }: { input: OperatingHoursFormOutput; actor: Actor }) {
  const hours = fromFormValues(input);
  try {
    const created = await db.operatingHours.create({ data: { name: input.name, ...toStoredColumns(hours) }, select: { id: true } });
    await recordAudit({
      actor,
      action: "create",
      entityType: "operatingHours",
      entityId: created.id,
      entityLabel: input.name,
      details: { name: input.name, ...describeForAudit(hours) },
    });
    return created;
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}

export async function updateOperatingHours({ id, input, actor }: { id: string; input: OperatingHoursFormOutput; actor: Actor }) {
  const before = await db.operatingHours.findUnique({
    where: { id },
    select: { name: true, timeZone: true, weekly: true, exceptions: true },
  });
  if (!before) throw new ActionError("notFound", "operatingHours.errors.notFound");
  const hours = fromFormValues(input);
  try {
    await db.operatingHours.update({ where: { id }, data: { name: input.name, ...toStoredColumns(hours) }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw new ActionError("notFound", "operatingHours.errors.notFound");
    throw error;
  }
  const changes = diffChanges(
    { name: before.name, ...describeForAudit(parseStoredHours(before)) },
    { name: input.name, ...describeForAudit(hours) },
  );
  await recordAudit({ actor, action: "update", entityType: "operatingHours", entityId: id, entityLabel: input.name, details: changes });
  return { id };
}

/** Queues and channel instances using the record are detached (the relations are onDelete: SetNull). */
export async function deleteOperatingHours({ id, actor }: { id: string; actor: Actor }) {
  const record = await db.operatingHours.findUnique({
    where: { id },
    select: { name: true, queues: { orderBy: { name: "asc" }, select: { name: true } } },
  });
  if (!record) throw new ActionError("notFound", "operatingHours.errors.notFound");
  // Not `_count` in the select: Prisma groups the whole ChannelInstance table for it (lib/pagination/related-counts.ts).
  const detachedChannelInstances = await db.channelInstance.count({ where: { operatingHoursId: id } });
  await db.operatingHours.delete({ where: { id }, select: { id: true } });
  await recordAudit({
    actor,
    action: "delete",
    entityType: "operatingHours",
    entityId: id,
    entityLabel: record.name,
    details: { detachedQueues: record.queues.map((queue) => queue.name), detachedChannelInstances },
  });
  return { name: record.name };
}

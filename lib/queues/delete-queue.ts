import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { findQueueUsage } from "./list-queues";
import { describeQueueUsageInline, isQueueInUse, type QueueUsage } from "./queue-usage";

// A foreign key refused the delete: something started using the queue after we looked.
const isForeignKeyViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";

async function inUseError(name: string, usage: QueueUsage) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const usageText = describeQueueUsageInline(
    usage,
    (key, values) => t(key, values),
    (items) => format.list(items, { type: "conjunction" }),
  );
  return new ActionError("conflict", "errors.queues.inUse", { values: { name, usage: usageText } });
}

/** Deletes a queue nothing routes to; refuses, naming what uses it, otherwise. Members stay users. */
export async function deleteQueue({ queueId, actor }: { queueId: string; actor: NonNullable<AuditActor> }) {
  const queue = await db.queue.findUnique({
    where: { id: queueId },
    select: { name: true, operatingHours: { select: { name: true } } },
  });
  if (!queue) throw new ActionError("notFound", "errors.queues.notFound");
  // Not `_count` in the select: Prisma groups the whole QueueMember table for it (lib/pagination/related-counts.ts).
  const members = await db.queueMember.count({ where: { queueId } });
  const usage = await findQueueUsage(queueId);
  if (isQueueInUse(usage)) throw await inUseError(queue.name, usage);
  try {
    await db.queue.delete({ where: { id: queueId }, select: { id: true } });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw await inUseError(queue.name, await findQueueUsage(queueId));
    throw error;
  }
  await recordAudit({
    actor,
    action: "delete",
    entityType: "queue",
    entityId: queueId,
    entityLabel: queue.name,
    details: { members, operatingHours: queue.operatingHours?.name ?? null },
  });
  return { name: queue.name };
}

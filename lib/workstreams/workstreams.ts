// Workstreams: containers for routing and distribution of messaging work (SPEC §2).
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import { parseStringArray } from "@/lib/stored-json";
import { Prisma } from "@/lib/generated/prisma/client";
import { saveQueue } from "@/lib/queues/save-queue";
import type { CreateWorkstreamInput, WorkDistribution, WorkstreamsListFilters } from "./workstreams.schema";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";

type Actor = NonNullable<AuditActor>;
export const WORKSTREAMS_PAGE_SIZE = 20;

const isUnique = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export async function listWorkstreams(filters: WorkstreamsListFilters) {
  const where: Prisma.WorkstreamWhereInput = {
    ...(filters.q ? { name: containsText(filters.q) } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.mode ? { distributionMode: filters.mode } : {}),
  };
  const [total, page] = await Promise.all([
    cappedCount((take) => db.workstream.count({ where, take, orderBy: { name: "asc" } })),
    findKeysetPage({
      where,
      sortKey: "name",
      direction: "asc",
      pageSize: WORKSTREAMS_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.workstream.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
      findMany: (args) =>
        db.workstream.findMany({
          ...args,
          select: {
            id: true,
            name: true,
            channel: true,
            distributionMode: true,
            fallbackQueue: { select: { id: true, name: true } },
            channelInstances: { select: { number: { select: { address: true, e164: true } } } },
            routingRules: { select: { queue: { select: { id: true, name: true } } } },
          },
        }),
    }),
  ]);
  const rows = page.rows;
  return {
    total,
    previousCursor: page.previousCursor,
    nextCursor: page.nextCursor,
    workstreams: rows.map(({ channelInstances, routingRules, fallbackQueue, ...row }) => ({
      ...row,
      numbers: channelInstances.map((instance) => instance.number.e164 ?? instance.number.address),
      queues: [fallbackQueue, ...routingRules.map((rule) => rule.queue)].filter(
        (queue, index, all) => all.findIndex((q) => q.id === queue.id) === index,
      ),
    })),
  };
}

export async function findWorkstream(workstreamId: string) {
  return db.workstream.findUnique({
    where: { id: workstreamId },
    select: {
      id: true,
      name: true,
      channel: true,
      distributionMode: true,
      fallbackQueueId: true,
      fallbackQueue: { select: { name: true } },
      capacityUnits: true,
      capacityProfile: true,
      autoCloseMinutes: true,
      wrapUpBlock: true,
      wrapUpMinutes: true,
      allowedPresences: true,
      skillMatching: true,
      keepSameAgent: true,
    },
  });
}

export function listQueueChoices() {
  return db.queue.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Creates a workstream, and its fallback queue too when the admin chose "create a queue". */
export async function createWorkstream({ input, actor }: { input: CreateWorkstreamInput; actor: Actor }) {
  if (await db.workstream.findUnique({ where: { name: input.name }, select: { id: true } }))
    throw new ActionError("conflict", "errors.workstreams.nameTaken", { field: "name" });
  let fallbackQueueId = input.fallbackQueueId ?? "";
  if (input.fallbackQueueMode === "new") {
    // Through the queues module, so the new queue gets its own name checks and audit entry.
    try {
      fallbackQueueId = (await saveQueue({ input: { name: input.newQueueName ?? "", operatingHoursId: null, memberIds: [] }, actor })).id;
    } catch (error) {
      if (error instanceof ActionError && error.options.field === "name")
        throw new ActionError(error.code, error.messageKey, { ...error.options, field: "newQueueName" });
      throw error;
    }
  } else if (!(await db.queue.findUnique({ where: { id: fallbackQueueId }, select: { id: true } }))) {
    throw new ActionError("validation", "validation.workstreams.queueRequired", { field: "fallbackQueueId" });
  }
  try {
    const created = await db.workstream.create({
      data: { name: input.name, channel: input.channel, distributionMode: input.distributionMode, fallbackQueueId },
      select: { id: true, fallbackQueue: { select: { name: true } } },
    });
    await recordAudit({
      actor,
      action: "create",
      entityType: "workstream",
      entityId: created.id,
      entityLabel: input.name,
      details: { channel: input.channel, distributionMode: input.distributionMode, fallbackQueue: created.fallbackQueue.name },
    });
    return { id: created.id };
  } catch (error) {
    if (isUnique(error)) throw new ActionError("conflict", "errors.workstreams.nameTaken", { field: "name" });
    throw error;
  }
}

async function findOrThrow(workstreamId: string) {
  const workstream = await findWorkstream(workstreamId);
  if (!workstream) throw new ActionError("notFound", "errors.workstreams.notFound");
  return workstream;
}

export async function updateWorkstreamDetails({
  workstreamId,
  name,
  fallbackQueueId,
  actor,
}: {
  workstreamId: string;
  name: string;
  fallbackQueueId: string;
  actor: Actor;
}) {
  const before = await findOrThrow(workstreamId);
  const queue = await db.queue.findUnique({ where: { id: fallbackQueueId }, select: { name: true } });
  if (!queue) throw new ActionError("validation", "validation.workstreams.queueRequired", { field: "fallbackQueueId" });
  try {
    await db.workstream.update({ where: { id: workstreamId }, data: { name, fallbackQueueId }, select: { id: true } });
  } catch (error) {
    if (isUnique(error)) throw new ActionError("conflict", "errors.workstreams.nameTaken", { field: "name" });
    throw error;
  }
  await recordAudit({
    actor,
    action: "update",
    entityType: "workstream",
    entityId: workstreamId,
    entityLabel: name,
    details: diffChanges({ name: before.name, fallbackQueue: before.fallbackQueue.name }, { name, fallbackQueue: queue.name }),
  });
}

export async function updateWorkDistribution({ input, actor }: { input: WorkDistribution; actor: Actor }) {
  const before = await findOrThrow(input.workstreamId);
  // "Keep the same agent for the entire conversation" only means something when the system assigns work.
  if (input.keepSameAgent && before.distributionMode !== "PUSH")
    throw new ActionError("validation", "validation.workstreams.keepSameAgentPushOnly", { field: "keepSameAgent" });
  const data = {
    capacityUnits: input.capacityMode === "UNITS" ? input.capacityUnits : null,
    capacityProfile: input.capacityMode === "PROFILE" ? (input.capacityProfile ?? null) : null,
    autoCloseMinutes: input.autoCloseMinutes,
    wrapUpBlock: input.wrapUpBlock,
    wrapUpMinutes: input.wrapUpBlock === "CUSTOM" ? input.wrapUpMinutes : null,
    allowedPresences: JSON.stringify(input.allowedPresences),
    skillMatching: input.skillMatching,
    keepSameAgent: input.keepSameAgent,
  };
  await db.workstream.update({ where: { id: input.workstreamId }, data, select: { id: true } });
  const {
    id: _id,
    name: _name,
    channel: _channel,
    distributionMode: _mode,
    fallbackQueueId: _queue,
    fallbackQueue: _fq,
    ...previous
  } = before;
  await recordAudit({
    actor,
    action: "update",
    entityType: "workstream",
    entityId: input.workstreamId,
    entityLabel: before.name,
    details: diffChanges(
      { ...previous, allowedPresences: parseStringArray(previous.allowedPresences) },
      { ...data, allowedPresences: input.allowedPresences },
    ),
  });
}

/** "Copy of …": settings, routing rules and channel-level automated messages (numbers serve one workstream, so channel instances stay). */
export async function copyWorkstream({
  workstreamId,
  copyName: makeName,
  actor,
}: {
  workstreamId: string;
  copyName: (name: string, n: number) => string;
  actor: Actor;
}) {
  const source = await db.workstream.findUnique({
    where: { id: workstreamId },
    include: { routingRules: { orderBy: { position: "asc" } }, automatedMessages: { where: { channelInstanceId: null } } },
  });
  if (!source) throw new ActionError("notFound", "errors.workstreams.notFound");
  const { id: _id, createdAt: _c, updatedAt: _u, routingRules, automatedMessages, name, ...settings } = source;
  let copyName = makeName(name, 1).slice(0, 100);
  for (let n = 2; await db.workstream.findUnique({ where: { name: copyName }, select: { id: true } }); n += 1)
    copyName = makeName(name, n).slice(0, 100);
  const copy = await db.workstream.create({
    data: {
      ...settings,
      name: copyName,
      routingRules: { create: routingRules.map(({ id: _r, workstreamId: _w, createdAt: _rc, updatedAt: _ru, ...rule }) => rule) },
      automatedMessages: {
        create: automatedMessages.map(
          ({ id: _m, workstreamId: _w, channelInstanceId: _i, createdAt: _mc, updatedAt: _mu, ...message }) => message,
        ),
      },
    },
    select: { id: true },
  });
  await recordAudit({
    actor,
    action: "create",
    entityType: "workstream",
    entityId: copy.id,
    entityLabel: copyName,
    details: { copiedFrom: name, routingRules: routingRules.length, automatedMessages: automatedMessages.length },
  });
  return { id: copy.id, name: copyName };
}

/** Refused while channel instances (numbers) depend on the workstream, naming them. */
export async function deleteWorkstream({ workstreamId, actor }: { workstreamId: string; actor: Actor }) {
  const workstream = await findOrThrow(workstreamId);
  const numbers = await listWorkstreamNumbers(workstreamId);
  if (numbers.length > 0) throw new ActionError("conflict", "errors.workstreams.inUse", { values: { numbers: numbers.join(", ") } });
  await db.workstream.delete({ where: { id: workstreamId }, select: { id: true } });
  await recordAudit({ actor, action: "delete", entityType: "workstream", entityId: workstreamId, entityLabel: workstream.name });
}

/** The numbers (channel instances) of a workstream, as shown to admins. */
export async function listWorkstreamNumbers(workstreamId: string) {
  const instances = await db.channelInstance.findMany({
    where: { workstreamId },
    select: { number: { select: { address: true, e164: true } } },
  });
  return instances.map((instance) => instance.number.e164 ?? instance.number.address);
}

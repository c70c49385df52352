import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";
import type { AuditFilters } from "./types";

export const AUDIT_PAGE_SIZE = 25;

function dayStart(date: string) {
  return new Date(`${date}T00:00:00.000Z`);
}

export async function listAuditEvents(filters: AuditFilters) {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = dayStart(filters.from);
  if (filters.to) createdAt.lt = new Date(dayStart(filters.to).getTime() + 24 * 60 * 60 * 1000);
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
  const [total, page] = await Promise.all([
    cappedCount((take) => db.auditEvent.count({ where, take, orderBy: { createdAt: "desc" } })),
    findKeysetPage({
      where,
      sortKey: "createdAt",
      direction: "desc",
      pageSize: AUDIT_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.auditEvent.findUnique({ where: { id }, select: { createdAt: true } }))?.createdAt ?? null,
      findMany: (args) =>
        db.auditEvent.findMany({
          ...args,
          select: {
            id: true,
            createdAt: true,
            actorEmail: true,
            actor: { select: { name: true } },
            action: true,
            entityType: true,
            entityId: true,
            entityLabel: true,
            details: true,
          },
        }),
    }),
  ]);
  return {
    total,
    previousCursor: page.previousCursor,
    nextCursor: page.nextCursor,
    events: page.rows.map(({ details, actor, ...event }) => ({
      ...event,
      actorName: actor?.name ?? null,
      details: details ? (JSON.parse(details) as Record<string, unknown>) : null,
    })),
  };
}

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
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
  ]);
  return {
    total,
    pageSize: AUDIT_PAGE_SIZE,
    events: events.map(({ details, actor, ...event }) => ({
      ...event,
      actorName: actor?.name ?? null,
      details: details ? (JSON.parse(details) as Record<string, unknown>) : null,
    })),
  };
}

import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OperatingHoursListFilters } from "./operating-hours.schema";
import { parseStoredHours } from "./record";

export const OPERATING_HOURS_PAGE_SIZE = 20;
/** Queues named in the delete confirmation; beyond that it says how many more. */
const QUEUES_SHOWN = 50;

const rowSelect = {
  id: true,
  name: true,
  timeZone: true,
  weekly: true,
  exceptions: true,
  _count: { select: { queues: true, channelInstances: true } },
} satisfies Prisma.OperatingHoursSelect;

type Row = Prisma.OperatingHoursGetPayload<{ select: typeof rowSelect }>;

function toListItem(row: Row) {
  const hours = parseStoredHours(row);
  return {
    id: row.id,
    name: row.name,
    hours,
    exceptionCount: hours.exceptions.length,
    queueCount: row._count.queues,
    channelInstanceCount: row._count.channelInstances,
  };
}
export type OperatingHoursListItem = ReturnType<typeof toListItem>;

export async function listOperatingHours(filters: OperatingHoursListFilters) {
  const where: Prisma.OperatingHoursWhereInput = filters.q ? { name: containsText(filters.q) } : {};
  const [total, rows] = await Promise.all([
    db.operatingHours.count({ where }),
    db.operatingHours.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * OPERATING_HOURS_PAGE_SIZE,
      take: OPERATING_HOURS_PAGE_SIZE,
      select: rowSelect,
    }),
  ]);
  return { total, pageSize: OPERATING_HOURS_PAGE_SIZE, items: rows.map(toListItem) };
}

export function countOperatingHours() {
  return db.operatingHours.count();
}

/** One record with what uses it (for the editor, its "Used by" section and the delete confirmation). */
export async function findOperatingHours(id: string) {
  const row = await db.operatingHours.findUnique({
    where: { id },
    select: {
      ...rowSelect,
      updatedAt: true,
      queues: { orderBy: { name: "asc" }, take: QUEUES_SHOWN, select: { id: true, name: true } },
    },
  });
  if (!row) return null;
  return { ...toListItem(row), updatedAt: row.updatedAt, queues: row.queues };
}
export type OperatingHoursRecord = NonNullable<Awaited<ReturnType<typeof findOperatingHours>>>;

/** Names for pickers elsewhere (queues, channel instances). */
export function listOperatingHoursChoices() {
  return db.operatingHours.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, timeZone: true } });
}

import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OperatingHoursListFilters } from "./operating-hours.schema";
import { parseStoredHours } from "./record";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";

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
  const [total, page] = await Promise.all([
    cappedCount((take) => db.operatingHours.count({ where, take })),
    findKeysetPage({
      where,
      sortKey: "name",
      direction: "asc",
      pageSize: OPERATING_HOURS_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.operatingHours.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
      findMany: (args) =>
        db.operatingHours.findMany({
          ...args,
          select: rowSelect,
        }),
    }),
  ]);
  const rows = page.rows;
  return { total, previousCursor: page.previousCursor, nextCursor: page.nextCursor, items: rows.map(toListItem) };
}

/** 0 or 1: whether there is any (for the empty state), without counting them all. */
export function countOperatingHours() {
  return db.operatingHours.count({ take: 1 });
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

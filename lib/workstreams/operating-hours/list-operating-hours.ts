import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OperatingHoursListFilters } from "./operating-hours.schema";
import { parseStoredHours } from "./record";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";
import { countsByKey } from "@/lib/pagination/related-counts";

export const OPERATING_HOURS_PAGE_SIZE = 20;
/** Queues named in the delete confirmation; beyond that it says how many more. */
const QUEUES_SHOWN = 50;

const rowSelect = {
  id: true,
  name: true,
  timeZone: true,
  weekly: true,
  exceptions: true,
} satisfies Prisma.OperatingHoursSelect;

type Row = Prisma.OperatingHoursGetPayload<{ select: typeof rowSelect }>;
type UsageCounts = { queues: Map<string, number>; channelInstances: Map<string, number> };

/** How many queues and channel instances follow each of these records (their foreign keys' index ranges). */
async function countUsage(ids: string[]): Promise<UsageCounts> {
  const where = { operatingHoursId: { in: ids } };
  const [queues, channelInstances] = await Promise.all([
    db.queue.groupBy({ by: ["operatingHoursId"], where, _count: { _all: true } }),
    db.channelInstance.groupBy({ by: ["operatingHoursId"], where, _count: { _all: true } }),
  ]);
  return { queues: countsByKey(queues, "operatingHoursId"), channelInstances: countsByKey(channelInstances, "operatingHoursId") };
}

function toListItem(row: Row, counts: UsageCounts) {
  const hours = parseStoredHours(row);
  return {
    id: row.id,
    name: row.name,
    hours,
    exceptionCount: hours.exceptions.length,
    queueCount: counts.queues.get(row.id) ?? 0,
    channelInstanceCount: counts.channelInstances.get(row.id) ?? 0,
  };
}
export type OperatingHoursListItem = ReturnType<typeof toListItem>;

export async function listOperatingHours(filters: OperatingHoursListFilters) {
  const where: Prisma.OperatingHoursWhereInput = filters.q ? { name: containsText(filters.q) } : {};
  const [total, page] = await Promise.all([
    cappedCount((take) => db.operatingHours.count({ where, take, orderBy: { name: "asc" } })),
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
  const counts = await countUsage(rows.map((row) => row.id));
  return { total, previousCursor: page.previousCursor, nextCursor: page.nextCursor, items: rows.map((row) => toListItem(row, counts)) };
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
  return { ...toListItem(row, await countUsage([row.id])), updatedAt: row.updatedAt, queues: row.queues };
}
export type OperatingHoursRecord = NonNullable<Awaited<ReturnType<typeof findOperatingHours>>>;

/** Names for pickers elsewhere (queues, channel instances). */
export function listOperatingHoursChoices() {
  return db.operatingHours.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, timeZone: true } });
}

// The SMS number inventory: every SMS number of every account and integration.
import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";
import { formatForProvider, formatInternational } from "@/lib/numbers/number-format";
import type { InventoryFilters } from "./inventory.schema";

export const INVENTORY_PAGE_SIZE = 25;

const STATUS_WHERE = { active: "ACTIVE", disabled: "INACTIVE", draft: "DRAFT" } as const;

export async function listInventory(filters: InventoryFilters) {
  const digits = filters.q?.replace(/[^\d]/g, "");
  const where: Prisma.PhoneNumberWhereInput = {
    account: { channel: "SMS", ...(filters.status ? { status: STATUS_WHERE[filters.status] } : {}) },
    ...(filters.q
      ? {
          OR: [
            { address: containsText(digits || filters.q) },
            { description: containsText(filters.q) },
            { account: { name: containsText(filters.q) } },
          ],
        }
      : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.accountId ? { accountId: filters.accountId } : {}),
    ...(filters.webhook === "ok"
      ? { webhookStatus: "OK" }
      : filters.webhook === "attention"
        ? { webhookStatus: { not: "OK" } }
        : filters.webhook === "unchecked"
          ? { webhookStatus: null }
          : {}),
  };
  const [total, page] = await Promise.all([
    cappedCount((take) => db.phoneNumber.count({ where, take, orderBy: { address: "asc" } })),
    findKeysetPage({
      where,
      sortKey: "address",
      direction: "asc",
      pageSize: INVENTORY_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.phoneNumber.findUnique({ where: { id }, select: { address: true } }))?.address ?? null,
      findMany: (args) =>
        db.phoneNumber.findMany({
          ...args,
          select: {
            id: true,
            address: true,
            e164: true,
            country: true,
            type: true,
            webhookStatus: true,
            webhookUrl: true,
            webhookCheckedAt: true,
            lastInboundAt: true,
            account: { select: { id: true, name: true, status: true, provider: true } },
            // The workstream the number serves, read for the whole page at once (batched by Prisma, not one query per row).
            channelInstance: { select: { workstream: { select: { id: true, name: true } } } },
          },
        }),
    }),
  ]);
  return {
    total,
    previousCursor: page.previousCursor,
    nextCursor: page.nextCursor,
    numbers: page.rows.map(({ channelInstance, ...row }) => ({
      ...row,
      workstream: channelInstance?.workstream ?? null,
      providerFormat: formatForProvider({ channel: "SMS", address: row.address, e164: row.e164 }),
      international: row.e164 ? formatInternational(row.e164) : null,
    })),
  };
}

export type InventoryRow = Awaited<ReturnType<typeof listInventory>>["numbers"][number];

/** Read-only: imports a restart interrupted are marked failed by failStaleImports (background work). */
export async function listRecentImports(limit = 10) {
  const imports = await db.numberImport.findMany({
    orderBy: { startedAt: "desc" },
    take: limit,
    select: {
      id: true,
      address: true,
      e164: true,
      type: true,
      status: true,
      failureReason: true,
      failureDetail: true,
      startedAt: true,
      completedAt: true,
      account: { select: { name: true } },
    },
  });
  return imports.map(({ failureDetail, account, ...job }) => ({
    ...job,
    integration: account.name,
    display: formatForProvider({ channel: "SMS", address: job.address, e164: job.e164 }),
    failureDetail: failureDetail
      ? (JSON.parse(failureDetail) as { status?: string; currentUrl?: string | null; expectedUrl?: string })
      : null,
  }));
}

export type ImportRow = Awaited<ReturnType<typeof listRecentImports>>[number];

// The Message log's "Consent ledger" tab: opt-out / opt-in state per (our number, customer).
import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatForProvider } from "@/lib/numbers/number-format";
import type { ConsentFilters } from "./message-log.schema";
import { CONSENT_STATUS_VALUES } from "./reasons";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";

export const CONSENT_PAGE_SIZE = 25;

// Numbers are stored as E.164 ("+1425…") or "<CC>:<digits>"; people type them with spaces and dashes.
const digitsOr = (text: string) => text.replace(/[^\d]/g, "") || text;

export function consentRecordsWhere(filters: Omit<ConsentFilters, "page">): Prisma.ConsentRecordWhereInput {
  return {
    ...(filters.status ? { status: CONSENT_STATUS_VALUES[filters.status] } : {}),
    ...(filters.number ? { number: { address: containsText(digitsOr(filters.number)) } } : {}),
    ...(filters.customer ? { customerAddress: containsText(digitsOr(filters.customer)) } : {}),
  };
}

export async function listConsentRecords(filters: ConsentFilters) {
  const where = consentRecordsWhere(filters);
  const [total, page] = await Promise.all([
    cappedCount((take) => db.consentRecord.count({ where, take, orderBy: { updatedAt: "desc" } })),
    findKeysetPage({
      where,
      sortKey: "updatedAt",
      direction: "desc",
      pageSize: CONSENT_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.consentRecord.findUnique({ where: { id }, select: { updatedAt: true } }))?.updatedAt ?? null,
      findMany: (args) =>
        db.consentRecord.findMany({
          ...args,
          select: {
            id: true,
            customerAddress: true,
            status: true,
            source: true,
            keyword: true,
            updatedAt: true,
            number: { select: { id: true, address: true, e164: true, account: { select: { id: true, name: true, channel: true } } } },
          },
        }),
    }),
  ]);
  const rows = page.rows;
  return {
    total,
    previousCursor: page.previousCursor,
    nextCursor: page.nextCursor,
    records: rows.map(({ number, ...row }) => ({
      ...row,
      number: {
        id: number.id,
        display: formatForProvider({ channel: number.account.channel, address: number.address, e164: number.e164 }),
      },
      account: { id: number.account.id, name: number.account.name },
    })),
  };
}

export type ConsentRow = Awaited<ReturnType<typeof listConsentRecords>>["records"][number];

// The Message log's "Consent ledger" tab: opt-out / opt-in state per (our number, customer).
import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatForProvider } from "@/lib/numbers/number-format";
import type { ConsentFilters } from "./message-log.schema";
import { CONSENT_STATUS_VALUES } from "./reasons";

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
  const [total, rows] = await Promise.all([
    db.consentRecord.count({ where }),
    db.consentRecord.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * CONSENT_PAGE_SIZE,
      take: CONSENT_PAGE_SIZE,
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
  ]);
  return {
    total,
    pageSize: CONSENT_PAGE_SIZE,
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

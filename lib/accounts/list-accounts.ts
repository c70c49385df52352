import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readSecretStatuses } from "@/lib/secrets/stored-secrets";
import type { AccountsListFilters } from "./accounts.schema";
import { accountViewSelect, toAccountView, type AccountCounts } from "./account-view";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";
import { countsByKey } from "@/lib/pagination/related-counts";

/** Numbers and templates per account, for a page of accounts (not Prisma's `_count`: lib/pagination/related-counts.ts). */
async function countNumbersAndTemplates(accountIds: string[]): Promise<Map<string, AccountCounts>> {
  const where = { accountId: { in: accountIds } };
  const [numbers, templates] = await Promise.all([
    db.phoneNumber.groupBy({ by: ["accountId"], where, _count: { _all: true } }),
    db.whatsAppTemplate.groupBy({ by: ["accountId"], where, _count: { _all: true } }),
  ]);
  const numberCounts = countsByKey(numbers, "accountId");
  const templateCounts = countsByKey(templates, "accountId");
  return new Map(accountIds.map((id) => [id, { numbers: numberCounts.get(id) ?? 0, templates: templateCounts.get(id) ?? 0 }]));
}

export const ACCOUNTS_PAGE_SIZE = 20;

export async function listAccounts(filters: AccountsListFilters) {
  const where: Prisma.MessagingAccountWhereInput = {
    ...(filters.q
      ? {
          OR: [
            { name: containsText(filters.q) },
            { twilioAccountSid: containsText(filters.q) },
            { numbers: { some: { address: containsText(filters.q.replace(/[^\d+]/g, "") || filters.q) } } },
          ],
        }
      : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.provider ? { provider: filters.provider } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const [total, page] = await Promise.all([
    cappedCount((take) => db.messagingAccount.count({ where, take, orderBy: { name: "asc" } })),
    findKeysetPage({
      where,
      sortKey: "name",
      direction: "asc",
      pageSize: ACCOUNTS_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.messagingAccount.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
      findMany: (args) =>
        db.messagingAccount.findMany({
          ...args,
          select: accountViewSelect,
        }),
    }),
  ]);
  const rows = page.rows;
  const ids = rows.map((row) => row.id);
  const [secrets, counts] = await Promise.all([readSecretStatuses("MessagingAccount", ids), countNumbersAndTemplates(ids)]);
  return {
    total,
    previousCursor: page.previousCursor,
    nextCursor: page.nextCursor,
    accounts: rows.map((row) => toAccountView(row, secrets.get(row.id), counts.get(row.id)!)),
  };
}

export async function findAccountView(accountId: string) {
  const row = await db.messagingAccount.findUnique({ where: { id: accountId }, select: accountViewSelect });
  if (!row) return null;
  const [secrets, counts] = await Promise.all([readSecretStatuses("MessagingAccount", [row.id]), countNumbersAndTemplates([row.id])]);
  return toAccountView(row, secrets.get(row.id), counts.get(row.id)!);
}

/** 0 or 1: whether there is any (for the empty state), without counting them all. */
export function countAccounts() {
  return db.messagingAccount.count({ take: 1 });
}

import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readSecretStatuses } from "@/lib/secrets/stored-secrets";
import type { AccountsListFilters } from "./accounts.schema";
import { accountViewSelect, toAccountView } from "./account-view";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";

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
    cappedCount((take) => db.messagingAccount.count({ where, take })),
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
  const secrets = await readSecretStatuses(
    "MessagingAccount",
    rows.map((row) => row.id),
  );
  return {
    total,
    previousCursor: page.previousCursor,
    nextCursor: page.nextCursor,
    accounts: rows.map((row) => toAccountView(row, secrets.get(row.id))),
  };
}

export async function findAccountView(accountId: string) {
  const row = await db.messagingAccount.findUnique({ where: { id: accountId }, select: accountViewSelect });
  return row ? toAccountView(row, (await readSecretStatuses("MessagingAccount", [row.id])).get(row.id)) : null;
}

/** 0 or 1: whether there is any (for the empty state), without counting them all. */
export function countAccounts() {
  return db.messagingAccount.count({ take: 1 });
}

import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readSecretStatuses } from "@/lib/secrets/stored-secrets";
import type { AccountsListFilters } from "./accounts.schema";
import { accountViewSelect, toAccountView } from "./account-view";

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
  const [total, rows] = await Promise.all([
    db.messagingAccount.count({ where }),
    db.messagingAccount.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * ACCOUNTS_PAGE_SIZE,
      take: ACCOUNTS_PAGE_SIZE,
      select: accountViewSelect,
    }),
  ]);
  const secrets = await readSecretStatuses(
    "MessagingAccount",
    rows.map((row) => row.id),
  );
  return { total, pageSize: ACCOUNTS_PAGE_SIZE, accounts: rows.map((row) => toAccountView(row, secrets.get(row.id))) };
}

export async function findAccountView(accountId: string) {
  const row = await db.messagingAccount.findUnique({ where: { id: accountId }, select: accountViewSelect });
  return row ? toAccountView(row, (await readSecretStatuses("MessagingAccount", [row.id])).get(row.id)) : null;
}

export function countAccounts() {
  return db.messagingAccount.count();
}

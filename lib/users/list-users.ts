import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UsersListFilters } from "./users.schema";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";

export const USERS_PAGE_SIZE = 20;

export async function listUsers(filters: UsersListFilters) {
  const where: Prisma.UserWhereInput = {
    ...(filters.q ? { OR: [{ name: containsText(filters.q) }, { email: containsText(filters.q.toLowerCase()) }] } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { isActive: filters.status === "active" } : {}),
  };
  const [total, page] = await Promise.all([
    cappedCount((take) => db.user.count({ where, take, orderBy: { name: "asc" } })),
    findKeysetPage({
      where,
      sortKey: "name",
      direction: "asc",
      pageSize: USERS_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.user.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
      findMany: (args) =>
        db.user.findMany({
          ...args,
          select: { id: true, name: true, email: true, role: true, isActive: true, lastSignInAt: true, createdAt: true },
        }),
    }),
  ]);
  const users = page.rows;
  return { total, previousCursor: page.previousCursor, nextCursor: page.nextCursor, users };
}

import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UsersListFilters } from "./users.schema";

export const USERS_PAGE_SIZE = 20;

export async function listUsers(filters: UsersListFilters) {
  const where: Prisma.UserWhereInput = {
    ...(filters.q ? { OR: [{ name: containsText(filters.q) }, { email: containsText(filters.q.toLowerCase()) }] } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { isActive: filters.status === "active" } : {}),
  };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, name: true, email: true, role: true, isActive: true, lastSignInAt: true, createdAt: true },
    }),
  ]);
  return { total, pageSize: USERS_PAGE_SIZE, users };
}

/** Everyone who may appear as an actor in the audit log filter. */
export function listUserChoices() {
  return db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } });
}

// Text search filters that behave the same on SQLite and PostgreSQL (docs/decisions/018-postgresql.md).
// Prisma's `contains` is LIKE on SQLite, which ignores case, but LIKE on PostgreSQL, which doesn't;
// `mode: "insensitive"` (ILIKE) exists only in the PostgreSQL client. Every search goes through here
// (a lint rule refuses a bare `contains:` in lib/).
import "server-only";
import { databaseProvider } from "@/lib/db";

/**
 * "Contains `value`, ignoring case" on either database, for any String or String? field. On SQLite,
 * letter case is ignored for every alphabet (lib/db.ts gives SQLite a Unicode-aware LIKE), like
 * PostgreSQL's ILIKE on a UTF-8 database. `%` and `_` in `value` are literal on both.
 */
export function containsText(value: string): { contains: string } {
  // The canonical (SQLite) filter type has no `mode`; the PostgreSQL client reads it.
  return databaseProvider() === "postgresql" ? ({ contains: value, mode: "insensitive" } as { contains: string }) : { contains: value };
}

// The real probes behind GET /api/health/ready (rules in ./readiness.ts).
import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { messageEngineState } from "@/lib/message-engine/jobs";
import { createReadinessCheck, type Readiness, type ReadinessProbes } from "./readiness";

/** Where this build's migrations are: the server runs from the project folder (npm start, next start). */
export function shippedMigrationsDir(provider: "sqlite" | "postgresql", root = process.cwd()): string {
  return provider === "sqlite" ? path.join(root, "prisma", "migrations") : path.join(root, "prisma", "postgresql", "migrations");
}

/** Migration folder names, as `prisma migrate deploy` and prisma/migration-engine.mjs see them. */
export async function listShippedMigrations(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/** Migrations Prisma's `_prisma_migrations` table records as finished and not rolled back (same SQL on both databases). */
export async function listAppliedMigrations(): Promise<string[]> {
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((row) => row.migration_name);
}

export const readinessProbes: ReadinessProbes = {
  async pingDatabase() {
    await db.$queryRaw`SELECT 1`;
  },
  appliedMigrations: listAppliedMigrations,
  shippedMigrations: () => listShippedMigrations(shippedMigrationsDir(getEnv().databaseProvider)),
  jobEngineState: messageEngineState,
};

const holder = globalThis as typeof globalThis & { __sbReadiness?: () => Promise<Readiness> };

/** One check per process (route handlers may be separate module instances), so the migrations are confirmed once. */
export function checkReadiness(): Promise<Readiness> {
  return (holder.__sbReadiness ??= createReadinessCheck(readinessProbes))();
}

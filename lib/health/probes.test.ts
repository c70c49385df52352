// The real probes against a migrated throwaway database (SQLite and PostgreSQL: vitest.config.ts).
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseProvider } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { listAppliedMigrations, listShippedMigrations, readinessProbes, shippedMigrationsDir } = await import("./probes");
const { createReadinessCheck } = await import("./readiness");
afterAll(() => testDatabase.drop());

describe("readiness probes", () => {
  it("find every migration this checkout ships applied to a migrated database", async () => {
    const shipped = await listShippedMigrations(shippedMigrationsDir(testDatabaseProvider()));
    expect(shipped.length).toBeGreaterThan(0);
    expect((await listAppliedMigrations()).sort()).toEqual([...shipped].sort());
  });

  it("see a migration whose record was removed as pending", async () => {
    const [last] = await listAppliedMigrations().then((names) => names.sort().slice(-1));
    const check = createReadinessCheck({ ...readinessProbes, jobEngineState: () => "started" });
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = finished_at WHERE migration_name = ${last}`;
    try {
      expect(await check()).toMatchObject({ ready: false, reason: "migrations-pending" });
    } finally {
      await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = ${last}`;
    }
    expect(await check()).toEqual({ ready: true });
  });
});

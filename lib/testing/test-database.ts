// A throwaway database for tests that run server modules against the real schema, named by DATABASE_URL
// before lib/db is first imported. Import the modules under test dynamically after this (static imports are
// hoisted above it):
//
//   const testDatabase = await createTestDatabase();
//   const { db } = await import("@/lib/db");
//   afterAll(() => testDatabase.drop());
//
// Vitest runs each test file in its own module graph, so each file gets its own database and client.
// `npm run test:unit` runs every file that uses this twice (vitest.config.ts): in the "sqlite" project on a
// temp SQLite file with the committed migrations applied, and in the "postgresql" project on a new database
// copied from a migrated template on the PostgreSQL server lib/testing/postgres-global-setup.ts started.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { applyMigrations } from "@/prisma/migration-engine.mjs";
import { createDatabase, dropDatabase } from "@/prisma/postgres-databases.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Admin URL of the tests' PostgreSQL server; empty outside the "postgresql" project. */
    postgresServerUrl: string;
    /** A database with every PostgreSQL migration applied, copied for each test file. */
    postgresTemplate: string;
  }
}

/** Which database this run's test files get: set per vitest project (vitest.config.ts). */
export function testDatabaseProvider(): "sqlite" | "postgresql" {
  return process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
}

/** `env`: further variables for lib/env (read once, on first use), e.g. a fake provider's base URL. */
export async function createTestDatabase(options: { env?: Record<string, string> } = {}): Promise<{ drop: () => Promise<void> }> {
  // A key of its own, so no key file is written next to the database (or anywhere else).
  process.env.APP_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  // A few connections are plenty for one test file; the server's limit is shared by parallel files.
  process.env.DATABASE_POOL_SIZE = "4";
  Object.assign(process.env, options.env);
  const dropClient = async () => {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  };

  if (testDatabaseProvider() === "postgresql") {
    const serverUrl = inject("postgresServerUrl");
    if (!serverUrl)
      throw new Error("TEST_DATABASE=postgresql needs the server from lib/testing/postgres-global-setup.ts (see vitest.config.ts).");
    const database = await createDatabase(serverUrl, { prefix: "switchboard_test", template: inject("postgresTemplate") });
    process.env.DATABASE_URL = database.url;
    return {
      async drop() {
        await dropClient();
        await dropDatabase(serverUrl, database.name);
      },
    };
  }

  const folder = mkdtempSync(path.join(tmpdir(), "switchboard-test-db-"));
  const databaseUrl = `file:${path.join(folder, "test.db")}`;
  process.env.DATABASE_URL = databaseUrl;
  await applyMigrations({ databaseUrl });
  return {
    async drop() {
      await dropClient();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

type RawExecutor = { $executeRawUnsafe: (sql: string) => Promise<number> };

/**
 * Makes the database refuse every INSERT into `table` with `message` (as a full disk would), on either
 * database — or only the rows whose `when.column` equals `when.value` (as one corrupt row would).
 * Returns the undo. For tests of what happens when a write fails.
 */
export async function refuseInserts(
  db: RawExecutor,
  table: string,
  message: string,
  when?: { column: string; value: string },
): Promise<() => Promise<void>> {
  const name = `refuse_${table.toLowerCase()}`;
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const literal = quote(message);
  if (testDatabaseProvider() === "postgresql") {
    const condition = when ? `WHEN (NEW."${when.column}" = ${quote(when.value)}) ` : "";
    await db.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION ${literal}; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH ROW ${condition}EXECUTE FUNCTION ${name}()`);
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    };
  }
  const condition = when ? `WHEN NEW."${when.column}" = ${quote(when.value)} ` : "";
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" ${condition}BEGIN SELECT RAISE(ABORT, ${literal}); END`);
  return async () => void (await db.$executeRawUnsafe(`DROP TRIGGER ${name}`));
}

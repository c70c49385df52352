// A throwaway SQLite database for tests that run server modules against the real schema: a temp file
// with the committed migrations applied, named by DATABASE_URL before lib/db is first imported. Import
// the modules under test dynamically after this (static imports are hoisted above it):
//
//   const testDatabase = await createTestDatabase();
//   const { db } = await import("@/lib/db");
//   afterAll(() => testDatabase.drop());
//
// Vitest runs each test file in its own module graph, so each file gets its own database and client.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations } from "@/prisma/migration-engine.mjs";

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** `env`: further variables for lib/env (read once, on first use), e.g. a fake provider's base URL. */
export async function createTestDatabase(options: { env?: Record<string, string> } = {}): Promise<{ drop: () => Promise<void> }> {
  const folder = mkdtempSync(path.join(tmpdir(), "switchboard-test-db-"));
  const databaseUrl = `file:${path.join(folder, "test.db")}`;
  process.env.DATABASE_URL = databaseUrl;
  // A key of its own, so no key file is written next to the database (or anywhere else).
  process.env.APP_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  Object.assign(process.env, options.env);
  await applyMigrations({ databaseUrl, migrationsDir });
  return {
    async drop() {
      const { db } = await import("@/lib/db");
      await db.$disconnect();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

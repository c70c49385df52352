// Guards the offline migration path (wasm schema engine + better-sqlite3) and that the committed
// migrations still match prisma/schema.prisma, i.e. nobody changed the schema without a migration.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, diffSchemaToMigrations } from "./migration-engine.mjs";
import { PROVIDERS, postgresSchemaFrom } from "./providers.mjs";

const migrationsDir = fileURLToPath(new URL("./migrations", import.meta.url));
const schemaPath = fileURLToPath(new URL("./schema.prisma", import.meta.url));
const tempDir = mkdtempSync(path.join(tmpdir(), "switchboard-migrate-"));
// A subfolder that does not exist yet, to check applyMigrations creates it.
const dbPath = path.join(tempDir, "nested", "test.db");

afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

describe("migration engine", () => {
  it("applies migrations once and is idempotent", async () => {
    const first = await applyMigrations({ databaseUrl: `file:${dbPath}`, migrationsDir });
    expect(first.length).toBeGreaterThan(0);
    expect(first[0]).toMatch(/^\d{14}_init$/);

    const second = await applyMigrations({ databaseUrl: `file:${dbPath}`, migrationsDir });
    expect(second).toEqual([]);

    const db = new Database(dbPath, { readonly: true });
    try {
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => (row as { name: string }).name);
      expect(tables).toEqual(expect.arrayContaining(["User", "Session", "SignInAttempt", "AuditEvent", "_prisma_migrations"]));

      // Same checksum the Prisma CLI computes, so `prisma migrate deploy` accepts this database.
      const rows = db.prepare("SELECT migration_name, checksum, finished_at FROM _prisma_migrations").all() as {
        migration_name: string;
        checksum: string;
        finished_at: string | null;
      }[];
      expect(rows.map((r) => r.migration_name)).toEqual(first);
      for (const row of rows) {
        const sql = readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).not.toBeNull();
      }
    } finally {
      db.close();
    }
  });

  it("finds no difference between the migrations and the schema", async () => {
    expect(await diffSchemaToMigrations({ schemaPath, migrationsDir })).toBe("");
  });

  it("has a PostgreSQL twin for every SQLite migration (docs/decisions/018-postgresql.md)", () => {
    const folders = (dir: string) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    const sqlite = folders(PROVIDERS.sqlite.migrationsDir);
    const postgres = folders(PROVIDERS.postgresql.migrationsDir);
    // Each PostgreSQL migration is named after the (newest) SQLite migration it corresponds to …
    expect(postgres.filter((name) => !sqlite.includes(name))).toEqual([]);
    // … and none of the SQLite migrations is newer than the newest PostgreSQL one. When this fails after a
    // merge, run `npm run db:migration:create -- --postgresql-only` and carry over any hand-written SQL.
    expect(sqlite.filter((name) => name > (postgres.at(-1) ?? ""))).toEqual([]);
  });

  it("derives the PostgreSQL schema from the SQLite one by swapping the provider and the client folder", () => {
    const postgres = postgresSchemaFrom(readFileSync(schemaPath, "utf-8"));
    expect(postgres).toMatch(/datasource db \{\s*provider = "postgresql"\s*\}/);
    expect(postgres).toContain('output       = "../../lib/generated/prisma-postgresql"');
    expect(postgres).not.toContain('"sqlite"');
  });
});

// The PostgreSQL half of the migration guard (runs only in the "postgresql" vitest project, on the server
// lib/testing/postgres-global-setup.ts started): the wasm schema engine applies prisma/postgresql/migrations
// through @prisma/adapter-pg, writes the same _prisma_migrations checksums as `prisma migrate deploy`, and
// those migrations still match prisma/schema.prisma with the provider swapped.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, diffSchemaToMigrations } from "./migration-engine.mjs";
import { createDatabase, dropDatabase } from "./postgres-databases.mjs";
import { PROVIDERS, postgresSchemaFrom } from "./providers.mjs";

const serverUrl = inject("postgresServerUrl");
const database = await createDatabase(serverUrl, { prefix: "switchboard_migrate" });
const scratch = mkdtempSync(path.join(tmpdir(), "switchboard-pg-schema-"));
afterAll(async () => {
  await dropDatabase(serverUrl, database.name);
  rmSync(scratch, { recursive: true, force: true });
});

describe("migration engine on PostgreSQL", () => {
  it("applies the PostgreSQL migrations once, with the Prisma CLI's checksums", async () => {
    const first = await applyMigrations({ databaseUrl: database.url });
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations({ databaseUrl: database.url })).toEqual([]);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const tables = (await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).rows.map(
        (row) => row.tablename,
      );
      expect(tables).toEqual(expect.arrayContaining(["User", "Queue", "Conversation", "Message", "_prisma_migrations"]));
      const rows = (
        await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
          "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
        )
      ).rows;
      expect(rows.map((row) => row.migration_name)).toEqual(first);
      for (const row of rows) {
        const sql = readFileSync(path.join(PROVIDERS.postgresql.migrationsDir, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).not.toBeNull();
      }
    } finally {
      await client.end();
    }
  });

  it("finds no difference between the PostgreSQL migrations and the schema", async () => {
    // From prisma/schema.prisma as it is now, not the generated file (which postinstall may not have refreshed).
    const schemaPath = path.join(scratch, "schema.prisma");
    writeFileSync(schemaPath, postgresSchemaFrom(readFileSync(PROVIDERS.sqlite.schemaPath, "utf-8")));
    expect(
      await diffSchemaToMigrations({
        provider: "postgresql",
        schemaPath,
        migrationsDir: PROVIDERS.postgresql.migrationsDir,
        shadowServerUrl: serverUrl,
      }),
    ).toBe("");
  });
});

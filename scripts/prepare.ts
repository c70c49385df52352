// The preparation `npm start` runs before serving (scripts/serve.mjs starts it as a short-lived child, so
// none of it stays in the server's memory): validates the configuration, prepares the data folder
// (encryption key, migrations) and builds the app when its sources changed. `--dev` skips the build.
// Exit code 0 when the server may start; 1 with one line per problem otherwise.
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { databaseFileProblem } from "../prisma/database-file.mjs";
import { applyMigrations, oneLineError, sqlitePathFromUrl } from "../prisma/migration-engine.mjs";
import { redactDatabaseUrls } from "../prisma/providers.mjs";
import { InvalidEnvironmentError, loadEncryptionKeys, loadEnv } from "../lib/env/load";
import { buildApp, isBuildCurrent } from "./build-app";

const root = fileURLToPath(new URL("..", import.meta.url));
process.chdir(root); // relative SQLite paths mean the same file for every tool
const isDev = process.argv.includes("--dev");

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

let env;
try {
  env = loadEnv();
  // Before anything touches the data folder (the generated key lives there too).
  if (env.databaseProvider === "sqlite") {
    const databaseProblem = databaseFileProblem(sqlitePathFromUrl(env.DATABASE_URL));
    if (databaseProblem) fail([`Switchboard cannot start: DATABASE_URL: ${databaseProblem}.`]);
  }
  loadEncryptionKeys(env);
} catch (error) {
  if (error instanceof InvalidEnvironmentError)
    fail(["Switchboard cannot start: invalid configuration.", ...error.problems.map((line) => `  ${line}`)]);
  throw error;
}

try {
  // prisma/migrations on SQLite, prisma/postgresql/migrations on PostgreSQL (docs/decisions/018-postgresql.md).
  const applied = await applyMigrations({ databaseUrl: env.DATABASE_URL });
  for (const name of applied) console.info(`Applied migration ${name}`);
  if (env.databaseProvider === "sqlite") {
    // WAL lets pages read while a write is in progress; the setting is stored in the database file.
    const sqlite = new Database(sqlitePathFromUrl(env.DATABASE_URL));
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
} catch (error) {
  // Driver errors can quote the connection string: never print its password.
  fail([`Switchboard cannot start: database migration failed: ${redactDatabaseUrls(oneLineError(error))}`]);
}

if (!isDev && !isBuildCurrent(root)) {
  console.info("Building Switchboard (first start or sources changed)…");
  try {
    buildApp(root);
  } catch {
    fail(["Switchboard cannot start: the build failed (see above)."]);
  }
}

console.info(`Switchboard is starting at ${env.PUBLIC_BASE_URL}`);
process.exit(0); // the database clients and the migration engine may keep handles open

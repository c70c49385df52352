// `npm run db:migration:create -- <name>`: writes the next migration from prisma/schema.prisma for both
// databases, like `prisma migrate dev --create-only`, without the Prisma CLI's native engine:
//   prisma/migrations/<timestamp>_<name>/migration.sql             (SQLite; in-memory shadow database)
//   prisma/postgresql/migrations/<timestamp>_<name>/migration.sql  (PostgreSQL; a throwaway embedded server)
// The two folders share their name. Hand-written SQL (a partial index, a data fix) added to one file must be
// added, in that database's dialect, to its twin: see docs/decisions/018-postgresql.md.
//
// `--postgresql-only` writes only the PostgreSQL twin of SQLite migrations that lack one (after a merge
// brought SQLite migrations from a branch that predates PostgreSQL support).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { diffSchemaToMigrations, oneLineError } from "../prisma/migration-engine.mjs";
import { PROVIDERS, lockfileText } from "../prisma/providers.mjs";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { writePostgresSchema } from "./prisma-generate.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

// Same shape as the Prisma CLI's slug (it uses slugify with "_"), so folder names look familiar.
function snakeName(/** @type {string} */ raw) {
  return raw
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
}

// Prisma's migration folders start with a UTC timestamp, YYYYMMDDHHMMSS, which keeps them sorted.
function timestamp(date = new Date()) {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/** @param {string} migrationsDir @param {string} folder @param {string} sql @param {"sqlite" | "postgresql"} provider */
function writeMigration(migrationsDir, folder, sql, provider) {
  const dir = path.join(migrationsDir, folder);
  if (existsSync(dir)) throw new Error(`Migration folder already exists: ${path.relative(root, dir)}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql, "utf-8");
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockPath)) writeFileSync(lockPath, lockfileText(provider), "utf-8");
  console.log(path.relative(root, path.join(dir, "migration.sql")));
}

const folders = (/** @type {string} */ dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];

const args = process.argv.slice(2);
const postgresOnly = args.includes("--postgresql-only");
const name = snakeName(args.filter((arg) => !arg.startsWith("--")).join(" "));
if (!name && !postgresOnly) {
  console.error("Usage: npm run db:migration:create -- <name>   (e.g. add_channels)");
  console.error("       npm run db:migration:create -- --postgresql-only   (PostgreSQL twins for SQLite migrations that lack one)");
  process.exit(1);
}

/** @type {Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined} */
let server;
try {
  writePostgresSchema();
  /** The PostgreSQL diff needs a server for its shadow database: SHADOW_DATABASE_SERVER_URL, else an embedded one. */
  const shadowServer = async () => {
    const given = process.env.SHADOW_DATABASE_SERVER_URL;
    if (given) return given;
    server ??= await startEmbeddedPostgres();
    return server.serverUrl;
  };
  const postgresDiff = async () =>
    diffSchemaToMigrations({
      provider: "postgresql",
      schemaPath: PROVIDERS.postgresql.schemaPath,
      migrationsDir: PROVIDERS.postgresql.migrationsDir,
      shadowServerUrl: await shadowServer(),
    });

  if (postgresOnly) {
    const postgres = new Set(folders(PROVIDERS.postgresql.migrationsDir));
    const newest = [...postgres].at(-1) ?? "";
    const missing = folders(PROVIDERS.sqlite.migrationsDir).filter((folder) => folder > newest && !postgres.has(folder));
    if (missing.length === 0) console.log("Every SQLite migration has its PostgreSQL twin.");
    else {
      // One PostgreSQL migration for all of them, named after the newest: the schema is all we can diff.
      const sql = await postgresDiff();
      const folder = /** @type {string} */ (missing.at(-1));
      writeMigration(PROVIDERS.postgresql.migrationsDir, folder, sql || "-- Nothing to change on PostgreSQL.\n", "postgresql");
      if (missing.length > 1) console.log(`(covers ${missing.join(", ")})`);
      console.log("Now copy any hand-written SQL of those SQLite migrations into it, in PostgreSQL's dialect.");
    }
  } else {
    const sqliteSql = await diffSchemaToMigrations({
      schemaPath: PROVIDERS.sqlite.schemaPath,
      migrationsDir: PROVIDERS.sqlite.migrationsDir,
    });
    const postgresSql = await postgresDiff();
    if (!sqliteSql && !postgresSql) {
      console.log("No schema changes; no migration written.");
    } else {
      const folder = `${timestamp()}_${name}`;
      // An empty twin keeps the pairing visible and is where hand-written SQL for that database goes.
      writeMigration(PROVIDERS.sqlite.migrationsDir, folder, sqliteSql || "-- Nothing to change on SQLite.\n", "sqlite");
      writeMigration(PROVIDERS.postgresql.migrationsDir, folder, postgresSql || "-- Nothing to change on PostgreSQL.\n", "postgresql");
    }
  }
} catch (err) {
  console.error(`db:migration:create failed: ${oneLineError(err)}`);
  process.exitCode = 1;
} finally {
  await server?.stop();
}

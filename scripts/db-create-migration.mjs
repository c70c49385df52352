// `npm run db:migration:create -- <name>`: writes the next migration from prisma/schema.prisma,
// like `prisma migrate dev --create-only`, without needing the Prisma CLI's native engine or a database.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LOCKFILE_TEXT, diffSchemaToMigrations, oneLineError } from "../prisma/migration-engine.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const schemaPath = path.join(root, "prisma", "schema.prisma");
const migrationsDir = path.join(root, "prisma", "migrations");

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

const name = snakeName(process.argv.slice(2).join(" "));
if (!name) {
  console.error("Usage: node scripts/db-create-migration.mjs <name>   (e.g. add_channels)");
  process.exit(1);
}

try {
  const sql = await diffSchemaToMigrations({ schemaPath, migrationsDir });
  if (!sql) {
    console.log("No schema changes; no migration written.");
  } else {
    const dir = path.join(migrationsDir, `${timestamp()}_${name}`);
    if (existsSync(dir)) throw new Error(`Migration folder already exists: ${path.relative(root, dir)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql, "utf-8");
    const lockPath = path.join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lockPath)) writeFileSync(lockPath, LOCKFILE_TEXT, "utf-8");
    console.log(path.relative(root, path.join(dir, "migration.sql")));
  }
} catch (err) {
  console.error(`db:migration:create failed: ${oneLineError(err)}`);
  process.exitCode = 1;
}

// `npm run db:migrate`: applies pending migrations, like `prisma migrate deploy`, but through the
// WebAssembly schema engine (SQLite or PostgreSQL, by DATABASE_URL) because the Prisma CLI's native engine cannot be downloaded offline.
import { fileURLToPath } from "node:url";
import { applyMigrations, oneLineError } from "../prisma/migration-engine.mjs";
import { redactDatabaseUrls, requireDatabaseProvider } from "../prisma/providers.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// Relative SQLite paths (file:./data/…) must mean the same thing as in prisma.config.ts and the app.
process.chdir(root);

const databaseUrl = process.env.DATABASE_URL || "file:./data/switchboard.db";

try {
  // Checked here too so the message names the variable instead of a stack trace. The database decides
  // the migrations folder: prisma/migrations (SQLite) or prisma/postgresql/migrations.
  const provider = requireDatabaseProvider(databaseUrl);
  const applied = await applyMigrations({ databaseUrl });
  for (const name of applied) console.log(`Applied migration ${name}`);
  if (applied.length === 0) console.log(`Database is up to date (${provider === "sqlite" ? "SQLite" : "PostgreSQL"}).`);
} catch (err) {
  // One line, and never the URL itself: it may carry a password.
  console.error(`db:migrate failed: ${redactDatabaseUrls(oneLineError(err))}`);
  process.exitCode = 1;
}

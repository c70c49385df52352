// `npm run db:migrate`: applies pending migrations, like `prisma migrate deploy`, but through the
// WebAssembly schema engine because the Prisma CLI's native engine cannot be downloaded offline.
import { fileURLToPath } from "node:url";
import { applyMigrations, oneLineError } from "../prisma/migration-engine.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// Relative SQLite paths (file:./data/…) must mean the same thing as in prisma.config.ts and the app.
process.chdir(root);

const databaseUrl = process.env.DATABASE_URL || "file:./data/switchboard.db";

try {
  // Checked here too so the message names the variable instead of a stack trace.
  if (!databaseUrl.startsWith("file:")) {
    const scheme = databaseUrl.split(":")[0];
    throw new Error(`DATABASE_URL uses "${scheme}:", but only SQLite "file:" URLs are supported for now.`);
  }
  const applied = await applyMigrations({ databaseUrl, migrationsDir: "prisma/migrations" });
  for (const name of applied) console.log(`Applied migration ${name}`);
  if (applied.length === 0) console.log("Database is up to date.");
} catch (err) {
  // One line, and never the URL itself: it could carry credentials once other databases are allowed.
  console.error(`db:migrate failed: ${oneLineError(err)}`);
  process.exitCode = 1;
}

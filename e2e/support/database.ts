// The e2e suite's one way into the database under test: the app's own client factory (lib/db.ts)
// with the server's DATABASE_URL and key, so secrets are sealed by the app's extension, Prisma writes
// every value in its own format, and the same fixtures run on whichever database the server uses.
// Playwright maps "server-only" to its empty module (e2e/tsconfig.playwright.json), as vitest does.
import { E2E_DATABASE_URL as DATABASE_URL, serverEnv } from "./server-env";

const { APP_ENCRYPTION_KEY = "" } = serverEnv();
// lib/env reads its configuration from process.env once, on first use: the server's own.
process.env.DATABASE_URL = DATABASE_URL;
process.env.APP_ENCRYPTION_KEY = APP_ENCRYPTION_KEY;
// Imported after the assignments above (a static import would be evaluated before them).
const { createDatabaseClient } = await import("@/lib/db");

export type Database = ReturnType<typeof createDatabaseClient>;

export function openDatabase(): Database {
  return createDatabaseClient(DATABASE_URL);
}

// The only module that constructs the Prisma client. Cached on globalThis outside production so
// dev-server reloads reuse one SQLite connection; secrets are sealed/opened by the extension.
import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEncryptionKeys, getEnv } from "@/lib/env";
import { createEncryptedClient } from "@/lib/secrets/prisma-extension";
import { ENCRYPTED_FIELDS } from "@/lib/secrets/fields";

/** A client for the database at `databaseUrl`, sealing secrets with lib/env's keys. The e2e fixtures use it too. */
export function createDatabaseClient(databaseUrl: string) {
  const adapter = new PrismaBetterSqlite3({ url: databaseUrl });
  return createEncryptedClient(new PrismaClient({ adapter }), ENCRYPTED_FIELDS, getEncryptionKeys);
}

type Client = ReturnType<typeof createDatabaseClient>;
const globalForDb = globalThis as typeof globalThis & { switchboardDb?: Client };

export const db: Client = globalForDb.switchboardDb ?? createDatabaseClient(getEnv().DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForDb.switchboardDb = db;

export type Db = Client;

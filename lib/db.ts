// The only module that constructs the Prisma client. Cached on globalThis outside production so
// dev-server reloads reuse one SQLite connection; secrets are sealed/opened by the extension.
import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEncryptionKeys, getEnv } from "@/lib/env";
import { createEncryptedClient } from "@/lib/secrets/prisma-extension";
import { ENCRYPTED_FIELDS } from "@/lib/secrets/fields";

function createClient() {
  const adapter = new PrismaBetterSqlite3({ url: getEnv().DATABASE_URL });
  return createEncryptedClient(new PrismaClient({ adapter }), ENCRYPTED_FIELDS, getEncryptionKeys);
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as typeof globalThis & { switchboardDb?: Client };

export const db: Client = globalForDb.switchboardDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.switchboardDb = db;

export type Db = Client;

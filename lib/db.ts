// The only module that constructs the Prisma client. DATABASE_URL picks the database: SQLite through
// better-sqlite3 (`file:…`, the embedded default) or PostgreSQL through node-postgres
// (`postgresql://…`), each with the client generated for it (docs/decisions/018-postgresql.md).
// Secrets are sealed/opened by the same extension on both. Cached on globalThis outside production so
// dev-server reloads reuse one client.
import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { getEncryptionKeys, getEnv } from "@/lib/env";
import { createEncryptedClient } from "@/lib/secrets/prisma-extension";
import { ENCRYPTED_FIELDS } from "@/lib/secrets/fields";
import { sqliteLike } from "@/lib/db-text";
import { queueNameKey } from "@/lib/queues/name-key";
import { requireDatabaseProvider } from "@/prisma/providers.mjs";
import { cacheStatements, type CachedStatement } from "@/lib/db-statement-cache";
import { statementName } from "@/lib/db-statement-names";
import { keepSqliteStatistics } from "@/lib/db-statistics";

/**
 * The PostgreSQL client as the canonical (SQLite-generated) client type. Both are generated from the same
 * models, so results, model delegates and errors are the same shapes; the PostgreSQL client only accepts
 * more (e.g. `mode: "insensitive"`), which callers can't use anyway — the SQLite type is the common subset.
 * This is the one cast between them; lib/db.test.ts checks their model types match, and every data-layer
 * test runs on both databases.
 */
function asCanonicalClient(client: PostgresPrismaClient): PrismaClient {
  return client as unknown as PrismaClient;
}

type SqliteConnection = {
  client: {
    function: (name: string, options: { deterministic: boolean }, fn: typeof sqliteLike) => unknown;
    pragma: (source: string) => unknown;
    prepare: (sql: string) => unknown;
    transaction: <T>(fn: () => T) => () => T;
  };
};

/**
 * The SQLite connection under a client, for the one hot path that writes without Prisma (the webhook's
 * event and job in one synchronous transaction, decision 045). Its integers are BigInts (the adapter
 * sets safe integers). Statements go through the statement cache: `prepare(sql).bind(args).raw().all()`
 * or `.run(...args)`.
 */
export type RawSqlite = {
  prepare: (sql: string) => CachedStatement;
  transaction: <T>(fn: () => T) => () => T;
  /** True while a transaction (e.g. one of Prisma's interactive ones) is open on the connection. */
  readonly inTransaction: boolean;
};

/** better-sqlite3, with LIKE made to behave as on PostgreSQL (lib/db-text.ts), its commit mode, and reused statements. */
class SqliteAdapter extends PrismaBetterSqlite3 {
  /** Set once Prisma has connected (lazily, on its first query). */
  connection: RawSqlite | null = null;

  override async connect() {
    const adapter = await super.connect();
    // The adapter keeps its better-sqlite3 Database in `client`; like(pattern, value) is what `value LIKE pattern` calls.
    const connection = (adapter as unknown as SqliteConnection).client;
    connection.function("like", { deterministic: true }, sqliteLike);
    // WAL (set by npm start) with synchronous=NORMAL: a commit survives the process being killed; only an
    // OS crash or power cut can lose the last commits. FULL synced every commit (~5.6 ms here, blocking the
    // event loop; a new conversation is ~12 commits) and held routing far behind (decision 017).
    connection.pragma("synchronous = NORMAL");
    // The adapter prepares every statement anew; compiled statements are reused instead (decision 035).
    cacheStatements(connection);
    // Planner statistics kept fresh as SQLite recommends (PostgreSQL's autovacuum does it there; decision 043).
    keepSqliteStatistics(connection);
    this.connection = connection as unknown as RawSqlite;
    return adapter;
  }
}

/**
 * A Prisma client (with the secrets extension) for `databaseUrl`, over the adapter its scheme names.
 * `poolSize`: connections kept to PostgreSQL (SQLite uses one).
 */
export function createDatabaseClient(databaseUrl: string, options: { poolSize?: number } = {}) {
  const provider = requireDatabaseProvider(databaseUrl);
  const sqlite = provider === "sqlite" ? new SqliteAdapter({ url: databaseUrl }) : null;
  const client = sqlite
    ? new PrismaClient({ adapter: sqlite })
    : asCanonicalClient(
        new PostgresPrismaClient({
          adapter: new PrismaPg(
            {
              connectionString: databaseUrl,
              max: options.poolSize ?? 10,
              // Close connections an idle instance doesn't need; several instances share the server's limit.
              idleTimeoutMillis: 30_000,
              connectionTimeoutMillis: 10_000,
            },
            {
              // Each statement parsed once per connection (decision 046); past the cap, unnamed (the adapter passes `name` through as is).
              statementNameGenerator: (query) => statementName(query.sql) as string,
            },
          ),
        }),
      );
  const extended = createEncryptedClient(client, ENCRYPTED_FIELDS, getEncryptionKeys).$extends(queueNameKeys);
  if (sqlite) sqliteAdapters.set(extended, sqlite);
  return extended;
}

const sqliteAdapters = new WeakMap<object, SqliteAdapter>();

/** The SQLite connection under `client` once it has connected; null on PostgreSQL (or before the first query). */
export function sqliteConnectionOf(client: object): RawSqlite | null {
  return sqliteAdapters.get(client)?.connection ?? null;
}

type QueueData = { name?: unknown; nameKey?: unknown };
/** Sets Queue.nameKey from the name being written (the unique rule lives in the database: lib/queues/name-key.ts). */
function foldQueueName<T>(data: T): T {
  const record = data as QueueData | undefined;
  if (!record || typeof record !== "object") return data;
  const name = typeof record.name === "object" && record.name !== null ? (record.name as { set?: unknown }).set : record.name;
  return typeof name === "string" ? ({ ...record, nameKey: queueNameKey(name) } as T) : data;
}

const queueNameKeys = Prisma.defineExtension({
  name: "queue-name-keys",
  query: {
    queue: {
      create: ({ args, query }) => query({ ...args, data: foldQueueName(args.data) }),
      update: ({ args, query }) => query({ ...args, data: foldQueueName(args.data) }),
      updateMany: ({ args, query }) => query({ ...args, data: foldQueueName(args.data) }),
      upsert: ({ args, query }) => query({ ...args, create: foldQueueName(args.create), update: foldQueueName(args.update) }),
      createMany: ({ args, query }) =>
        query({ ...args, data: Array.isArray(args.data) ? args.data.map((row) => foldQueueName(row)) : foldQueueName(args.data) }),
    },
  },
});

function createClient() {
  const env = getEnv();
  return createDatabaseClient(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
}

type Client = ReturnType<typeof createDatabaseClient>;
const globalForDb = globalThis as typeof globalThis & { switchboardDb?: Client };

export const db: Client = globalForDb.switchboardDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.switchboardDb = db;

export type Db = Client;

type Transaction = Parameters<Parameters<Client["$transaction"]>[0]>[0];

/**
 * PostgreSQL aborted one of two conflicting serializable transactions (SQLSTATE 40001). Prisma reports it
 * as P2034 from a query, but a conflict found at COMMIT arrives as the adapter's bare DriverAdapterError.
 */
function isSerializationFailure(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2034";
  const cause = (error as { name?: unknown; cause?: { kind?: unknown } } | null)?.cause;
  return (error as { name?: unknown } | null)?.name === "DriverAdapterError" && cause?.kind === "TransactionWriteConflict";
}

/**
 * A check-then-write that must see no concurrent twin (e.g. "count recent failures, then record one").
 * SQLite runs write transactions one at a time anyway; PostgreSQL's default READ COMMITTED would let two
 * such transactions both pass the check, so this asks for SERIALIZABLE and reruns `fn` when PostgreSQL
 * aborts one of two conflicting transactions (P2034). `fn` may run more than once: no side effects outside `tx`.
 */
export async function serializableTransaction<T>(fn: (tx: Transaction) => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(fn, { isolationLevel: Prisma.TransactionIsolationLevel.Serializable });
    } catch (error) {
      if (attempt >= attempts || !isSerializationFailure(error)) throw error;
      // A short random pause, so the transactions that collided don't collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

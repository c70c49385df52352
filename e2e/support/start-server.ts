// Playwright's webServer: wipes the throwaway database (or, with E2E_DATABASE=postgres, starts a fresh
// embedded PostgreSQL server), starts the fake Twilio and TeleSign servers
// in this process (so they live and die with the app), then starts Switchboard exactly as a user
// would (`npm start`: migrate, build if needed, serve).
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { startFakes } from "../fakes/start-fakes";
import { createNamedDatabase } from "../../prisma/postgres-databases.mjs";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres.mjs";
import { E2E_DATABASE, E2E_POSTGRES_DATABASE, E2E_POSTGRES_PORT, E2E_TMP } from "./server-env";

rmSync(E2E_TMP, { recursive: true, force: true });
mkdirSync(E2E_TMP, { recursive: true });

// On PostgreSQL (E2E_DATABASE=postgres): a throwaway server with an empty database, gone with this process.
const postgres = E2E_DATABASE === "postgres" ? await startEmbeddedPostgres({ port: E2E_POSTGRES_PORT }) : null;
if (postgres) await createNamedDatabase(postgres.serverUrl, E2E_POSTGRES_DATABASE);

const fakes = await startFakes();

const app = spawn(process.execPath, ["scripts/serve.mjs"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => app.kill(signal));
// The open fake servers (and PostgreSQL) would keep this process alive, so close them before leaving.
app.on("exit", (code) => {
  void Promise.allSettled([fakes.close(), postgres?.stop()]).finally(() => process.exit(code ?? 0));
});

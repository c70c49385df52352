// Playwright's webServer: wipes the throwaway database, starts the fake Twilio and TeleSign servers
// in this process (so they live and die with the app), then starts Switchboard exactly as a user
// would (`npm start`: migrate, build if needed, serve).
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { startFakes } from "../fakes/start-fakes";
import { E2E_TMP } from "./server-env";

rmSync(E2E_TMP, { recursive: true, force: true });
mkdirSync(E2E_TMP, { recursive: true });

const fakes = await startFakes();

const app = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => app.kill(signal));
// The open fake servers would keep this process alive, so close them before leaving.
app.on("exit", (code) => {
  void fakes.close().finally(() => process.exit(code ?? 0));
});

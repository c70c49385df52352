// Playwright's webServer: wipes the throwaway database, then starts Switchboard exactly as a user
// would (`npm start`: migrate, build if needed, serve).
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { E2E_TMP } from "./server-env";

rmSync(E2E_TMP, { recursive: true, force: true });
mkdirSync(E2E_TMP, { recursive: true });

const app = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => app.kill(signal));
app.on("exit", (code) => process.exit(code ?? 0));

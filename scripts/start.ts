// Kept for the scripts that start the server with `tsx scripts/start.ts` (benchmarks): runs `npm start`'s
// server (scripts/serve.mjs, which prepares first) as a child and passes signals on. `npm start` itself
// runs scripts/serve.mjs directly, so the server is one process (docs/decisions/027-page-weight-fresh-clone-one-process.md).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const server = spawn(process.execPath, ["scripts/serve.mjs", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

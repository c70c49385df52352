// Process handling shared by the benchmarks that start production servers themselves (bench-pages.ts):
// run a script to completion, wait for a server's readiness, stop a server and its children.
import { spawnSync, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));

/** Runs a Node script (tsx or .mjs path) to completion; throws when it fails. */
export function runScript(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [command, ...args], { cwd: repositoryRoot, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(" ")} failed`);
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  // scripts/start.ts runs the server as its own child: the process group (spawned detached) takes both.
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}

/** SIGTERM, then SIGKILL after 10 s; resolves once it exited, so the next run can take its port. */
export async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Resolves once `base`/api/health/ready answers 2xx (up to 10 minutes: a start may build first). */
export async function waitForReady(base: string) {
  for (let attempt = 0; attempt < 2400; attempt += 1) {
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${base} did not start`);
}

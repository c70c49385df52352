// `npm run bench:fresh-clone`: how long a fresh clone takes to serve with the README's command (issue #13
// item 5), and what the running server weighs. It clones this repository's committed HEAD (or --from
// <path|url>) into a temp folder, runs `npm install && npm start` there on --port (default 3149) with
// the default SQLite database, and polls GET /api/health until it answers 200. Then, after --idle seconds
// (default 20) without requests, it reads the resident memory (RSS) of every process of the server's
// tree from /proc, stops the tree and removes the clone.
//
// Times depend on npm's cache: with a warm cache (the packages already downloaded once on this machine)
// `npm install` copies from it; a cold cache downloads everything. The JSON says which: `npmCache`.
//
//   npm run bench:fresh-clone -- [--from /path/to/repo] [--port 3149] [--idle 20]
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const root = fileURLToPath(new URL("..", import.meta.url));
const FROM = option("from", root);
const PORT = Number(option("port", "3149"));
const IDLE_SECONDS = Number(option("idle", "20"));
const COMMAND = "npm install && npm start"; // the README's first command

const dir = mkdtempSync(join(tmpdir(), "switchboard-fresh-clone-"));
const clone = join(dir, "switchboard");
const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

const started = performance.now();
const cloned = spawnSync("git", ["clone", "--quiet", FROM, clone], { stdio: "inherit" });
if (cloned.status !== 0) throw new Error("git clone failed");
const cloneSeconds = seconds(started);

// Its own process group, so the whole tree (npm, its shell, the server) can be stopped at the end.
const child = spawn("bash", ["-c", COMMAND], {
  cwd: clone,
  detached: true,
  env: { ...process.env, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "pipe", "pipe"],
});
let installSeconds: number | null = null;
const onOutput = (chunk: Buffer) => {
  const text = chunk.toString();
  process.stderr.write(text);
  // `npm start` echoes its script line once npm install has finished.
  if (installSeconds === null && text.includes("> switchboard@") && text.includes(" start\n")) installSeconds = seconds(started);
};
child.stdout.on("data", onOutput);
child.stderr.on("data", onOutput);
let exited = false;
child.on("exit", () => (exited = true));
const stop = () => {
  if (!exited && child.pid) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
};
process.on("exit", () => {
  stop();
  rmSync(dir, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(1));

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok;
  } catch {
    return false;
  }
}
while (!(await healthy())) {
  if (exited) throw new Error("the command ended before the server answered");
  if (performance.now() - started > 30 * 60_000) throw new Error("no health answer within 30 minutes");
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const totalSeconds = seconds(started);

/** Every process whose ancestry reaches `rootPid`, with its command line and RSS in MB. */
function processTree(rootPid: number) {
  const all = new Map<number, { ppid: number; rssMb: number; command: string }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
      all.set(Number(entry), { ppid, rssMb: Math.round(rssKb / 102.4) / 10, command: command.slice(0, 120) });
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, info] of all)
      if (!tree.has(pid) && tree.has(info.ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  return [...tree].filter((pid) => all.has(pid)).map((pid) => ({ pid, ...all.get(pid)! }));
}

await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
// The bash -c wrapper is this benchmark's, not the README command's: leave it out of the figures (bash
// usually execs the last command of the line, `npm start`, in its own place, which stays in).
const processes = processTree(child.pid!).filter((p) => !(p.pid === child.pid && p.command.startsWith("bash")));
const server = processes.reduce<(typeof processes)[number] | undefined>(
  (largest, p) => (!largest || p.rssMb > largest.rssMb ? p : largest),
  undefined,
);
const npmCacheWarm = existsSync(join(process.env.npm_config_cache ?? join(process.env.HOME ?? "/root", ".npm"), "_cacache"));
stop();

for (const p of processes) console.info(`${String(p.rssMb).padStart(7)} MB  ${p.pid}  ${p.command}`);
console.info(
  JSON.stringify({
    command: COMMAND,
    npmCache: npmCacheWarm ? "warm (packages already in ~/.npm/_cacache on this machine)" : "cold",
    cloneSeconds,
    installSeconds,
    firstHealthSeconds: totalSeconds,
    startSeconds: installSeconds === null ? null : Math.round((totalSeconds - installSeconds) * 10) / 10,
    idleSeconds: IDLE_SECONDS,
    processCount: processes.length,
    processes: processes.map((p) => ({ command: p.command.split(" ").slice(0, 3).join(" "), rssMb: p.rssMb })),
    serverRssMb: server?.rssMb ?? null,
    treeRssMb: Math.round(processes.reduce((sum, p) => sum + p.rssMb, 0) * 10) / 10,
  }),
);
process.exit(0);

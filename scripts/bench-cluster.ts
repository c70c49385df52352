// `npm run bench:cluster` — the message engine on several app instances sharing one PostgreSQL
// (issue #12 items 9–10). For each instance count (default 1, then 3): a fresh database on an embedded
// PostgreSQL, migrated once, one Twilio SMS account; N production servers on their own ports behind one
// PUBLIC_BASE_URL; 3,000 signed inbound messages from 300 customers sent round-robin across them, every
// 10th sent again as a Twilio retry. Then, from the database: every acknowledged message stored exactly
// once and routed, no customer with two open conversations, each conversation in arrival order;
// throughput and lag per instance count. Throughput is compared on runs where every instance stays up
// (a SIGKILLed instance's jobs wait for pg-boss to expire them, ~60–90 s, which would swamp the figure);
// then one more run on the largest count SIGKILLs an instance half-way and restarts it, and must pass
// the same checks. With one instance count (`npm run test:cluster`: 3) only the SIGKILL run is made.
// Ends with one JSON line; exit code 0 when every run passed (and more instances routed faster).
// Each run also reports where the CPU went from the first request until routing caught up — the app
// instances, PostgreSQL, and this load generator, in cores — and the load average, so a figure from a
// 2-core machine shared with other work says what limited it. `--pin` runs instance i on core
// i mod nproc (taskset), e.g. `--instances 1,2 --pin --no-kill`: one instance on one core against two on
// two, which shows whether the app's CPU is what more instances add (PostgreSQL and the load generator
// stay unpinned). `--baseline-dir DIR` runs every measured count on another checkout too (built side by
// side: e.g. `git worktree add --detach DIR main`, `cp -al node_modules`, `cp -a lib/generated`,
// `npm run build` there), interleaved ABBA with this one, and reports the CPU per message of each part
// (app, PostgreSQL, load generator: the figure a neighbour's load changes least) for both and their ratios.
// Before each measurement every instance gets `--warmup N` messages (default 500; to a second number of
// the account, so the checks below don't see them) and routing catches up: a fresh process pays once for
// loading its route modules and compiling its hot code, which is not what a long-running cluster
// sustains — and 3 fresh instances would pay it three times within the same 3,000 messages.
//
//   npm run bench:cluster -- [--messages 3000] [--customers 300] [--instances 1,3] [--rounds 2]
//                            [--port 3370] [--concurrency 64] [--database postgres|sqlite] [--no-kill] [--kill-single] [--skip-build]
//                            [--drain-deadline 600] [--pin] [--baseline-dir DIR] [--warmup 500]
//
// `npm test` runs `npm run test:cluster` after the unit tests: it builds the app once (the e2e suite then
// reuses that build) and fails with a list of every broken guarantee and a non-zero exit code.
// `--database sqlite` (one instance only) runs the same harness on the embedded default.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from "./embedded-postgres.mjs";
import { openSql, progress, readClusterState, seedCluster } from "./cluster/database";
import { planTraffic, sendTraffic } from "./cluster/traffic";
import { isBuildCurrent } from "./build-app";
import { verdictFailures, verifyCluster, type Verdict } from "./cluster/verify";
import { benchServerEnv, cpuSecondsOfTree } from "./bench-support";

const root = fileURLToPath(new URL("..", import.meta.url));
process.chdir(root);
const argValue = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const number = (name: string, fallback: number) => Number(argValue(name) ?? fallback);
const MESSAGES = number("messages", 3000);
const CUSTOMERS = number("customers", 300);
const ROUNDS = number("rounds", 2);
const PIN = process.argv.includes("--pin");
const BASE_PORT = number("port", 3370);
const CONCURRENCY = number("concurrency", 64);
const DATABASE = argValue("database") ?? "postgres";
// The SIGKILL run (on the largest instance count; --no-kill skips it); --kill-single kills even when
// that count is 1 (it comes back).
const KILL = !process.argv.includes("--no-kill");
const KILL_SINGLE = process.argv.includes("--kill-single");
const INSTANCE_COUNTS = (argValue("instances") ?? (DATABASE === "sqlite" ? "1" : "1,3")).split(",").map(Number);
// How long routing may take to catch up after the traffic before the run counts as failed.
const DRAIN_DEADLINE_MS = number("drain-deadline", 600) * 1000;
const BASELINE_DIR = argValue("baseline-dir");
const WARMUP = number("warmup", 500);
const tsxOf = (appDir: string) => join(appDir, "node_modules/tsx/dist/cli.mjs");
const TSX = tsxOf(root);

if (DATABASE === "sqlite" && INSTANCE_COUNTS.some((count) => count > 1)) {
  console.error("The embedded SQLite default runs one instance: use --database postgres for more.");
  process.exit(1);
}

const folder = mkdtempSync(join(tmpdir(), "switchboard-cluster-"));
const running = new Set<ChildProcess>();
let postgres: EmbeddedPostgresServer | null = null;
const cleanUp = () => {
  for (const child of running) killGroup(child, "SIGKILL");
  rmSync(folder, { recursive: true, force: true });
};
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(1));

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  // scripts/start.ts runs the server as its own child: the process group takes both.
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root) {
  const result = spawnSync(process.execPath, [command, ...args], { cwd, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${args.join(" ") || command} failed`);
}

/** SIGTERM, then SIGKILL after 10 s; resolves once it exited, so the next run can take its port. */
async function stopInstance(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitForHealth(base: string) {
  // Up to 10 minutes: scripts/start.ts rebuilds first when the sources changed since the last build.
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

type Run = Verdict & {
  instances: number;
  /** "this" checkout or the baseline (`--baseline-dir`). */
  app: "this" | "baseline";
  /** CPU milliseconds per acknowledged message, per part. */
  cpuMsPerMessage: { app: number; postgres: number; loadGenerator: number };
  ackedPerSecond: number;
  routedPerSecond: number;
  drainSeconds: number;
  failedRequests: number;
  unacknowledged: number;
  retriesSent: number;
  retriesRefused: number;
  killed: boolean;
  /** CPU used from the first request until routing caught up, in cores (CPU seconds per second). */
  cpu: { app: number; postgres: number; loadGenerator: number };
  /** 1-minute load average at the end of the run (2 cores: above 2 means something waited for a core). */
  load1: number;
  /** What went wrong, one sentence each (empty: passed). */
  failures: string[];
};

async function runCluster(instanceCount: number, round: number, kill: boolean, app: Run["app"] = "this"): Promise<Run> {
  const appDir = app === "baseline" ? BASELINE_DIR! : root;
  const suffix = `${instanceCount}_${round}${kill ? "_kill" : ""}${app === "baseline" ? "_base" : ""}`;
  const databaseUrl =
    DATABASE === "sqlite" ? `file:${join(folder, `cluster-${suffix}.db`)}` : await postgres!.createDatabase(`cluster_${suffix}`);
  const key = randomBytes(32);
  const publicBase = `http://127.0.0.1:${BASE_PORT}`;
  // No automated messages are configured: nothing calls a provider (benchServerEnv points them nowhere real).
  const env = benchServerEnv({ databaseUrl, base: publicBase, key });
  run(join(appDir, "scripts/db-migrate.mjs"), [], env, appDir);
  const sql = await openSql(databaseUrl);
  const target = await seedCluster(sql, key);

  const ports = Array.from({ length: instanceCount }, (_, index) => BASE_PORT + 1 + index);
  const children: ChildProcess[] = [];
  const startInstance = (index: number) => {
    const command = [process.execPath, tsxOf(appDir), "scripts/start.ts"];
    const pinned = PIN ? ["taskset", "-c", String(index % availableParallelism()), ...command] : command;
    const child = spawn(pinned[0]!, pinned.slice(1), {
      cwd: appDir,
      env: { ...env, PORT: String(ports[index]) },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    running.add(child);
    child.on("exit", () => running.delete(child));
    children[index] = child;
  };
  ports.forEach((_, index) => startInstance(index));
  const bases = ports.map((port) => `http://127.0.0.1:${port}`);
  await Promise.all(bases.map(waitForHealth));

  const path = `/api/webhooks/twilio/${target.callbackKey}`;
  let warmedUp = 0;
  // The SIGKILL run (npm run test:cluster) checks guarantees, not throughput: no warm-up.
  if (WARMUP > 0 && !kill) {
    const warmup = planTraffic({
      messages: WARMUP * instanceCount,
      customers: Math.min(WARMUP, 20) * instanceCount,
      retryEvery: 0,
      accountSid: target.accountSid,
      authToken: target.authToken,
      signedUrl: `${publicBase}${path}`,
      ourNumber: target.warmupNumber,
    });
    warmedUp = (await sendTraffic(warmup, { instances: bases, path, concurrency: CONCURRENCY })).acks.size;
    while ((await progress(sql)).pendingEvents > 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const plan = planTraffic({
    messages: MESSAGES,
    customers: CUSTOMERS,
    retryEvery: 10,
    accountSid: target.accountSid,
    authToken: target.authToken,
    signedUrl: `${publicBase}${path}`,
    ourNumber: target.ourNumber,
  });
  const victim = instanceCount - 1;
  let restarted: Promise<void> = Promise.resolve();
  const appCpu = () => children.reduce((sum, child) => sum + (child.pid ? cpuSecondsOfTree(child.pid) : 0), 0);
  const ownCpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  };
  // Everything under this process: itself, the instances, and the embedded PostgreSQL (its postmaster and backends).
  const cpuBefore = { app: appCpu(), all: cpuSecondsOfTree(process.pid), own: ownCpu(), at: performance.now() };
  const traffic = await sendTraffic(plan, {
    instances: bases,
    path,
    concurrency: CONCURRENCY,
    onAck: (acknowledged) => {
      if (!kill || acknowledged !== Math.floor(MESSAGES / 2)) return;
      killGroup(children[victim]!, "SIGKILL");
      console.info(`  instance ${victim + 1} SIGKILLed after ${acknowledged} acknowledged messages; restarting it in 3 s`);
      restarted = new Promise((resolve) => setTimeout(resolve, 3000)).then(async () => {
        startInstance(victim);
        await waitForHealth(bases[victim]!);
      });
    },
  });
  await restarted;

  // Routing catches up: every acknowledged message stored, no event left (jobs a killed instance held
  // run again once they expire).
  const failures: string[] = [];
  for (;;) {
    const { pendingEvents, storedMessages } = await progress(sql);
    if (pendingEvents === 0 && storedMessages >= traffic.acks.size + warmedUp) break;
    if (Date.now() - traffic.endedAt > DRAIN_DEADLINE_MS) {
      failures.push(
        `routing did not catch up: ${pendingEvents} unprocessed events, ${storedMessages - warmedUp}/${traffic.acks.size} messages stored ${DRAIN_DEADLINE_MS / 1000} s after the traffic ended`,
      );
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const drainSeconds = (Date.now() - traffic.endedAt) / 1000;
  const elapsed = (performance.now() - cpuBefore.at) / 1000;
  const appSeconds = appCpu() - cpuBefore.app;
  const ownSeconds = ownCpu() - cpuBefore.own;
  // A restarted instance's CPU before the kill is lost with it: on the SIGKILL run "app" is a lower bound.
  const postgresSeconds = Math.max(0, cpuSecondsOfTree(process.pid) - cpuBefore.all - appSeconds - ownSeconds);
  const cores = (seconds: number) => Number((seconds / elapsed).toFixed(2));
  const cpu = { app: cores(appSeconds), postgres: cores(postgresSeconds), loadGenerator: cores(ownSeconds) };
  const perMessage = (seconds: number) => Number(((seconds * 1000) / Math.max(1, traffic.acks.size)).toFixed(2));
  const cpuMsPerMessage = { app: perMessage(appSeconds), postgres: perMessage(postgresSeconds), loadGenerator: perMessage(ownSeconds) };
  const state = await readClusterState(sql, target.ourNumber);
  const verdict = verifyCluster(plan.messages, traffic.acks, state);
  const lastProcessed = Math.max(...state.inbound.map((row) => row.processedAt?.getTime() ?? 0));
  await Promise.all(children.map(stopInstance));
  await sql.close();
  failures.push(...verdictFailures(verdict));
  if (traffic.unacknowledged.length > 0) failures.push(`${traffic.unacknowledged.length} message(s) no instance acknowledged`);
  if (traffic.retriesRefused > 0) failures.push(`${traffic.retriesRefused} Twilio retr(ies) not answered 2xx`);
  return {
    instances: instanceCount,
    app,
    cpuMsPerMessage,
    ...verdict,
    ackedPerSecond: Math.round(traffic.acks.size / ((traffic.endedAt - traffic.startedAt) / 1000)),
    routedPerSecond: Math.round(traffic.acks.size / ((lastProcessed - traffic.startedAt) / 1000)),
    drainSeconds: Number(drainSeconds.toFixed(1)),
    failedRequests: traffic.failedRequests,
    unacknowledged: traffic.unacknowledged.length,
    retriesSent: traffic.retriesSent,
    retriesRefused: traffic.retriesRefused,
    killed: kill,
    cpu,
    load1: Number(loadavg()[0]!.toFixed(1)),
    failures,
    pass: failures.length === 0,
  };
}

// Built once here (only when the sources changed since the last build), not by each instance's start.
if (!process.argv.includes("--skip-build") && !isBuildCurrent(root))
  run(TSX, ["scripts/build.ts"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
if (DATABASE === "postgres") postgres = await startEmbeddedPostgres();

const [fewest, most] = [Math.min(...INSTANCE_COUNTS), Math.max(...INSTANCE_COUNTS)];
const comparing = fewest !== most;
// Interleaved (all instances up) so a noisy moment on the machine hits both; then the
// SIGKILL run on the largest count.
const plan: { count: number; round: number; kill: boolean; app: Run["app"] }[] = [];
if (comparing || BASELINE_DIR) {
  // ABBA: 1, 3, 3, 1… (with a baseline: 1 base, 1 this, 3 base, 3 this, then backwards) so a trend over
  // the run (a neighbour's build starting) weighs on both alike.
  const apps: Run["app"][] = BASELINE_DIR ? ["baseline", "this"] : ["this"];
  const units = INSTANCE_COUNTS.flatMap((count) => apps.map((app) => ({ count, app })));
  for (let round = 0; round < ROUNDS; round += 1)
    for (const unit of round % 2 === 0 ? units : [...units].reverse()) plan.push({ ...unit, round, kill: false });
}
const killRun = KILL && (most > 1 || KILL_SINGLE);
if (killRun || (!comparing && !BASELINE_DIR)) plan.push({ count: most, round: 0, kill: killRun, app: "this" });

const runs: Run[] = [];
let setupFailure: string | null = null;
try {
  for (const { count, round, kill, app } of plan) {
    console.info(
      `${kill ? "SIGKILL run" : `Round ${round + 1}`}: ${count} instance(s)${BASELINE_DIR ? ` of ${app === "this" ? "this checkout" : "the baseline"}` : ""}, ${MESSAGES} messages from ${CUSTOMERS} customers on ${DATABASE}`,
    );
    const result = await runCluster(count, round, kill, app);
    runs.push(result);
    console.info(
      `  ${result.ackedPerSecond} msg/s acknowledged, ${result.routedPerSecond} msg/s routed; lag (acknowledged → processed) p50 ${result.p50LagMs} ms, p99 ${result.p99LagMs} ms, max ${result.maxLagMs} ms`,
    );
    console.info(
      `  CPU (cores): app ${result.cpu.app}, PostgreSQL ${result.cpu.postgres}, load generator ${result.cpu.loadGenerator}; per message: app ${result.cpuMsPerMessage.app} ms, PostgreSQL ${result.cpuMsPerMessage.postgres} ms, load generator ${result.cpuMsPerMessage.loadGenerator} ms; load average ${result.load1}`,
    );
    console.info(
      `  acknowledged ${result.acknowledged}, stored ${result.stored}: lost ${result.lost}, duplicated ${result.duplicated}, unrouted ${result.unrouted}, held ${result.held}, two open ${result.doubleOpen}, out of order ${result.outOfOrder}; failed requests ${result.failedRequests}, retries ${result.retriesSent} (${result.retriesRefused} refused) — ${result.pass ? "pass" : "FAIL"}`,
    );
  }
} catch (error) {
  // An instance that never became ready, a migration that failed…: the run can't say anything.
  setupFailure = error instanceof Error ? error.message : String(error);
} finally {
  await postgres?.stop();
}

/** The middle value (of an even count: the mean of the two middle ones). */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? sorted[middle]! : Number(((sorted[middle - 1]! + sorted[middle]!) / 2).toFixed(2));
};
const measured = (count: number, app: Run["app"] = "this") =>
  runs.filter((run) => run.instances === count && !run.killed && run.app === app);
const routedFor = (count: number) => median(measured(count).map((run) => run.routedPerSecond));
/** Per instance count, the median of its runs with every instance up. */
const summary = (app: Run["app"]) =>
  Object.fromEntries(
    INSTANCE_COUNTS.map((count) => {
      const med = (pick: (run: Run) => number) => median(measured(count, app).map(pick));
      return [
        count,
        {
          routedPerSecond: med((run) => run.routedPerSecond),
          ackedPerSecond: med((run) => run.ackedPerSecond),
          p99LagMs: med((run) => run.p99LagMs),
          appCpuCores: med((run) => run.cpu.app),
          postgresCpuCores: med((run) => run.cpu.postgres),
          loadGeneratorCpuCores: med((run) => run.cpu.loadGenerator),
          cpuMsPerMessage: {
            app: med((run) => run.cpuMsPerMessage.app),
            postgres: med((run) => run.cpuMsPerMessage.postgres),
            loadGenerator: med((run) => run.cpuMsPerMessage.loadGenerator),
          },
          load1: med((run) => run.load1),
        },
      ];
    }),
  );
const ratio = (value: number, base: number) => (base > 0 ? Number((value / base).toFixed(2)) : null);
const baseline = BASELINE_DIR
  ? (() => {
      const ours = summary("this");
      const theirs = summary("baseline");
      const ratios = Object.fromEntries(
        INSTANCE_COUNTS.map((count) => {
          const [a, b] = [ours[count]!, theirs[count]!];
          return [
            count,
            {
              routedPerSecond: ratio(a.routedPerSecond, b.routedPerSecond),
              appCpuMsPerMessage: ratio(a.cpuMsPerMessage.app, b.cpuMsPerMessage.app),
              postgresCpuMsPerMessage: ratio(a.cpuMsPerMessage.postgres, b.cpuMsPerMessage.postgres),
            },
          ];
        }),
      );
      for (const count of INSTANCE_COUNTS)
        console.info(
          `  ${count} instance(s), this vs baseline: CPU per message app ${ours[count]!.cpuMsPerMessage.app} vs ${theirs[count]!.cpuMsPerMessage.app} ms, PostgreSQL ${ours[count]!.cpuMsPerMessage.postgres} vs ${theirs[count]!.cpuMsPerMessage.postgres} ms; routed ${ours[count]!.routedPerSecond} vs ${theirs[count]!.routedPerSecond} msg/s`,
        );
      return { dir: BASELINE_DIR, byInstances: theirs, ratios };
    })()
  : undefined;
const speedup = comparing ? routedFor(most) / Math.max(1, routedFor(fewest)) : 1;
const pass = setupFailure === null && runs.every((run) => run.pass) && (!comparing || speedup > 1);
if (comparing) console.info(`  ${most} instances route ${speedup.toFixed(2)}× the messages per second of ${fewest} (all up; target > 1)`);
if (pass) console.info("  RESULT: pass");
else {
  const lines = [
    ...(setupFailure ? [`the cluster could not be run: ${setupFailure}`] : []),
    ...runs.flatMap((run) =>
      run.failures.map((failure) => `${run.killed ? "SIGKILL run" : "run"} on ${run.instances} instance(s): ${failure}`),
    ),
    ...(comparing && speedup <= 1 ? [`${most} instances routed no faster than ${fewest} (${speedup.toFixed(2)}×)`] : []),
  ];
  console.error(["", "CLUSTER TEST FAILED:", ...lines.map((line) => `  - ${line}`), ""].join("\n"));
}
console.log(
  JSON.stringify({
    bench: "cluster",
    database: DATABASE,
    messages: MESSAGES,
    customers: CUSTOMERS,
    cores: availableParallelism(),
    pinned: PIN,
    warmupPerInstance: WARMUP,
    runs: runs.map((run) => ({
      instances: run.instances,
      app: run.app,
      killed: run.killed,
      ackedPerSecond: run.ackedPerSecond,
      routedPerSecond: run.routedPerSecond,
      p50LagMs: run.p50LagMs,
      p99LagMs: run.p99LagMs,
      maxLagMs: run.maxLagMs,
      drainSeconds: run.drainSeconds,
      cpuCores: run.cpu,
      cpuMsPerMessage: run.cpuMsPerMessage,
      load1: run.load1,
      lost: run.lost,
      duplicated: run.duplicated,
      unrouted: run.unrouted + run.held,
      doubleOpen: run.doubleOpen,
      outOfOrder: run.outOfOrder,
      failures: run.failures,
    })),
    // Per instance count, the median of its runs with every instance up.
    byInstances: comparing || BASELINE_DIR ? summary("this") : undefined,
    baseline,
    speedup: Number(speedup.toFixed(2)),
    pass,
  }),
);
process.exit(pass ? 0 : 1);

// `npm run bench:jobs` — the pg-boss job engine alone (lib/jobs/pg-boss-engine.ts) on an embedded
// PostgreSQL: jobs per second and send-to-start latency for plain jobs and for ordered ones (300 keys),
// on 1 and on 3 engine instances sharing the database, in interleaved rounds. Handlers do nothing, so
// this is the engine's own overhead (the baseline is plain jobs on one instance, same run). Ends with
// one JSON line.
//
//   npm run bench:jobs -- [--jobs 3000] [--keys 300] [--rounds 2]
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { PgBossJobEngine } from "../lib/jobs/pg-boss-engine";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const JOBS = arg("jobs", 3000);
const KEYS = arg("keys", 300);
const ROUNDS = arg("rounds", 2);

type Figures = { mode: "plain" | "ordered"; instances: number; jobsPerSecond: number; p50StartMs: number; p99StartMs: number };

const server = await startEmbeddedPostgres();
let databases = 0;

async function measure(mode: Figures["mode"], instanceCount: number): Promise<Figures> {
  databases += 1;
  const url = await server.createDatabase(`bench_${databases}`);
  const engines = Array.from({ length: instanceCount }, () => new PgBossJobEngine({ connectionString: url, pollingIntervalMs: 1000 }));
  const latencies: number[] = [];
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  for (const engine of engines) {
    await engine.work<{ sentAt: number }>("bench", async ({ sentAt }) => {
      latencies.push(Date.now() - sentAt);
      if (latencies.length === JOBS) finish();
    });
    await engine.start();
  }
  const started = Date.now();
  // Sends come from all instances, a key's jobs one after another, the keys concurrently.
  await Promise.all(
    Array.from({ length: KEYS }, async (_, key) => {
      for (let index = key; index < JOBS; index += KEYS) {
        const engine = engines[index % engines.length]!;
        await engine.send("bench", { sentAt: Date.now() }, mode === "ordered" ? { orderKey: `key-${key}` } : {});
      }
    }),
  );
  await finished;
  const seconds = (Date.now() - started) / 1000;
  await Promise.all(engines.map((engine) => engine.stop({ timeoutMs: 1000 })));
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? 0;
  return { mode, instances: instanceCount, jobsPerSecond: Math.round(JOBS / seconds), p50StartMs: at(50), p99StartMs: at(99) };
}

const results: Figures[] = [];
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const mode of ["plain", "ordered"] as const) {
      for (const instances of [1, 3]) {
        const figures = await measure(mode, instances);
        results.push(figures);
        console.info(
          `round ${round + 1}  ${mode.padEnd(7)} ${instances} instance(s): ${figures.jobsPerSecond} jobs/s, send→start p50 ${figures.p50StartMs} ms, p99 ${figures.p99StartMs} ms`,
        );
      }
    }
  }
} finally {
  await server.stop();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const summary = (mode: Figures["mode"], instances: number) => {
  const runs = results.filter((run) => run.mode === mode && run.instances === instances);
  return {
    jobsPerSecond: median(runs.map((run) => run.jobsPerSecond)),
    p50StartMs: median(runs.map((run) => run.p50StartMs)),
    p99StartMs: median(runs.map((run) => run.p99StartMs)),
  };
};
const baseline = summary("plain", 1).jobsPerSecond;
const figures = {
  bench: "jobs",
  jobs: JOBS,
  keys: KEYS,
  rounds: ROUNDS,
  plain1: summary("plain", 1),
  plain3: summary("plain", 3),
  ordered1: summary("ordered", 1),
  ordered3: summary("ordered", 3),
  orderedVsPlain1: Number((summary("ordered", 1).jobsPerSecond / Math.max(1, baseline)).toFixed(2)),
};
console.log(JSON.stringify(figures));

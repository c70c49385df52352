// `npm run bench:inbound` — inbound throughput of a Twilio callback URL against the production server
// on loopback, as a ratio to a no-op route of the same server measured in the same run (SPEC issue #5
// target: ≥ 0.5), then a check in the database that every message was stored exactly once — including
// after the provider retries a share of them. The two routes are measured in interleaved rounds
// (no-op, callback, callback, no-op, …) and the verdict is on the median round's ratio, so one noisy
// moment on a shared machine doesn't flip it. Each measurement starts once the routing of everything
// sent before it is done, so neither route is measured while the other's leftover work runs (that
// leftover, landing on whichever route came next, is what made the verdict flip between runs).
// The load average is recorded with each round.
//
// `--app-dir <checkout>` measures another checkout of the app (e.g. main, built side by side) so that
// runs of two versions can be alternated (ABBA) by hand on a shared machine.
//
//   npm run bench:inbound -- [--messages 4000] [--rounds 5] [--warmup 1000] [--connections 16] [--port 3310] [--app-dir DIR]
import autocannon from "autocannon";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { arg, cpuSecondsOfTree, median, seedTwilioWorkstream, signedInboundSms, startBenchServer } from "./bench-support";

const MESSAGES = arg("messages", 4000);
const ROUNDS = Math.max(1, arg("rounds", 5));
const CONNECTIONS = arg("connections", 16);
const PORT = arg("port", 3310);
const RETRIED = Math.floor(MESSAGES / 10);
// Both routes get the same warm-up (V8 tiering, Next's route modules, SQLite pages) before measuring;
// the warm-up messages are real ones too and are checked with the rest.
const WARMUP = arg("warmup", 1000);

const appDirIndex = process.argv.indexOf("--app-dir");
const APP_DIR = appDirIndex > 0 ? resolve(process.argv[appDirIndex + 1]!) : undefined;

const bench = await startBenchServer({ port: PORT, appDir: APP_DIR });
const { base: BASE, dbPath } = bench;
type Prepared = { body: string; headers: Record<string, string> };

// Server CPU during the measurement (the whole process tree): unlike the rates, it barely moves with
// the machine's load, so it says what a change costs per request even when the rates are noisy.
type Measured = { result: autocannon.Result; seconds: number; cpuSeconds: number };

async function load(url: string, prepared: Prepared[]): Promise<Measured> {
  let next = 0;
  // From the first request to the last response: autocannon's own duration ends on its one-second
  // ticker, which would round short runs by up to a second.
  const cpuBefore = cpuSecondsOfTree(bench.server.pid!);
  const started = performance.now();
  let finished = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: "POST",
        connections: CONNECTIONS,
        amount: prepared.length,
        requests: [
          {
            setupRequest: (request) => {
              const item = prepared[next++ % prepared.length]!;
              return { ...request, method: "POST", body: item.body, headers: item.headers };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on("response", () => (finished = performance.now()));
  });
  return { result, seconds: (finished - started) / 1000, cpuSeconds: cpuSecondsOfTree(bench.server.pid!) - cpuBefore };
}

function summary({ result, seconds, cpuSeconds }: Measured) {
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    perSecond: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: (cpuSeconds * 1000) / Math.max(1, result.requests.total),
  };
}

async function waitForProcessing(expected: number) {
  const db = new Database(dbPath, { readonly: true });
  const started = Date.now();
  try {
    for (;;) {
      const row = db.prepare(`SELECT COUNT(*) AS pending FROM "InboundEvent" WHERE processedAt IS NULL`).get() as { pending: number };
      const total = (db.prepare(`SELECT COUNT(*) AS total FROM "InboundEvent"`).get() as { total: number }).total;
      if (row.pending === 0 && total >= expected) return (Date.now() - started) / 1000;
      if (Date.now() - started > 600_000) throw new Error(`still ${row.pending} unprocessed after 10 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    db.close();
  }
}

const target = seedTwilioWorkstream(bench);
// One customer per 80 messages, as a busy number sees them.
const all = Array.from({ length: WARMUP + MESSAGES * ROUNDS }, (_, index) =>
  signedInboundSms(target, { from: `+1413388${String(1000 + (index % 80)).padStart(4, "0")}`, text: `Hello, this is message ${index}` }),
);
const sids = all.map((item) => item.sid);
const noopOf = (items: Prepared[]) => items.map((item) => ({ ...item, headers: { "content-type": item.headers["content-type"]! } }));
const warmup = all.slice(0, WARMUP);

await load(`${BASE}/api/ping`, noopOf(warmup));
await load(target.url, warmup);
await waitForProcessing(WARMUP);

type Round = { baseline: ReturnType<typeof summary>; inbound: ReturnType<typeof summary>; ratio: number; load1: number };
const rounds: Round[] = [];
const loadStarted = Date.now();
let sent = WARMUP;
for (let round = 0; round < ROUNDS; round += 1) {
  const requests = all.slice(WARMUP + round * MESSAGES, WARMUP + (round + 1) * MESSAGES);
  // ABBA: the route measured first alternates, so a trend over the run (a neighbour's job starting)
  // weighs on both alike.
  const measureBaseline = async () => {
    await waitForProcessing(sent);
    return summary(await load(`${BASE}/api/ping`, noopOf(requests)));
  };
  const measureInbound = async () => {
    await waitForProcessing(sent);
    const measured = summary(await load(target.url, requests));
    sent += requests.length;
    return measured;
  };
  let baseline, inbound;
  if (round % 2 === 0) {
    baseline = await measureBaseline();
    inbound = await measureInbound();
  } else {
    inbound = await measureInbound();
    baseline = await measureBaseline();
  }
  rounds.push({ baseline, inbound, ratio: inbound.perSecond / baseline.perSecond, load1: loadavg()[0]! });
}
const ratio = median(rounds.map((round) => round.ratio));
const middle = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor((rounds.length - 1) / 2)]!;
const fmt = (value: number) => value.toFixed(1);
console.log(
  `\nInbound benchmark — ${ROUNDS} interleaved rounds of ${MESSAGES} signed Twilio inbound SMS (after ${WARMUP} to warm up each route), ${CONNECTIONS} connections, production server on loopback`,
);
rounds.forEach((round, index) =>
  console.log(
    `  round ${index + 1}: no-op ${fmt(round.baseline.perSecond)} req/s (p99 ${round.baseline.p99} ms, ${round.baseline.cpuMsPerRequest.toFixed(2)} ms CPU each)   callback ${fmt(round.inbound.perSecond)} msg/s (p99 ${round.inbound.p99} ms, ${round.inbound.cpuMsPerRequest.toFixed(2)} ms CPU each, non-2xx ${round.inbound.non2xx}, errors ${round.inbound.errors})   ratio ${round.ratio.toFixed(2)}   load ${round.load1.toFixed(1)}`,
  ),
);
console.log(`  median ratio (callback / no-op)        ${ratio.toFixed(2)}   (target ≥ 0.50)`);
const drainSeconds = await waitForProcessing(WARMUP + MESSAGES * ROUNDS);
const routedPerSecond = (MESSAGES * ROUNDS) / ((Date.now() - loadStarted) / 1000);
// The provider retries a tenth of them (same MessageSid, same signature): nothing new may appear.
const retried = summary(await load(target.url, all.slice(WARMUP, WARMUP + RETRIED)));
await waitForProcessing(WARMUP + MESSAGES * ROUNDS);

const db = new Database(dbPath, { readonly: true });
const stored = db
  .prepare(`SELECT providerMessageId, COUNT(*) AS n FROM "Message" WHERE direction = 'INBOUND' GROUP BY providerMessageId`)
  .all() as { providerMessageId: string; n: number }[];
const events = (db.prepare(`SELECT COUNT(*) AS n FROM "InboundEvent"`).get() as { n: number }).n;
const conversations = (db.prepare(`SELECT COUNT(*) AS n FROM "Conversation"`).get() as { n: number }).n;
const held = (db.prepare(`SELECT COUNT(*) AS n FROM "HeldMessage"`).get() as { n: number }).n;
db.close();
const storedIds = new Map(stored.map((row) => [row.providerMessageId, row.n]));
const missing = sids.filter((sid) => !storedIds.has(sid)).length;
const duplicated = stored.filter((row) => row.n > 1).length;
const known = new Set(sids);
const unexpected = stored.filter((row) => !known.has(row.providerMessageId)).length;
const non2xx = rounds.reduce((sum, round) => sum + round.inbound.non2xx, 0);

console.log(
  `  routed into conversations              ${fmt(routedPerSecond)} msg/s end to end (queue drained ${drainSeconds.toFixed(1)} s after the load ended)`,
);
console.log(`  provider retries of ${RETRIED} messages       non-2xx ${retried.non2xx}`);
console.log(`  database: ${events} inbound events, ${stored.length} stored messages, ${conversations} conversations, ${held} held`);
console.log(`            missing ${missing}, duplicated ${duplicated}, unexpected ${unexpected}`);
const ok = ratio >= 0.5 && missing === 0 && duplicated === 0 && unexpected === 0 && non2xx === 0 && held === 0;
console.log(ok ? "  RESULT: pass" : "  RESULT: FAIL");
// One machine-readable line of the figures, last.
console.log(
  JSON.stringify({
    bench: "inbound",
    appDir: APP_DIR ?? ".",
    messages: MESSAGES,
    rounds: ROUNDS,
    connections: CONNECTIONS,
    noopPerSecond: Math.round(middle.baseline.perSecond),
    callbackPerSecond: Math.round(middle.inbound.perSecond),
    // Server CPU per request (median over the rounds): what each route costs, whatever the load.
    noopCpuMs: Number(median(rounds.map((round) => round.baseline.cpuMsPerRequest)).toFixed(3)),
    callbackCpuMs: Number(median(rounds.map((round) => round.inbound.cpuMsPerRequest)).toFixed(3)),
    ratio: Number(ratio.toFixed(3)),
    ratios: rounds.map((round) => Number(round.ratio.toFixed(3))),
    loadAverages: rounds.map((round) => Number(round.load1.toFixed(1))),
    routedPerSecond: Math.round(routedPerSecond),
    drainSeconds: Number(drainSeconds.toFixed(1)),
    missing,
    duplicated,
    unexpected,
    pass: ok,
  }),
);
bench.stop();
process.exit(ok ? 0 : 1);

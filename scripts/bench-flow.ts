// `npm run bench:flow` — the message flow under load on the embedded default (issue #12 item 10):
// evenly paced new-conversation traffic (each message from a new customer, a greeting automated message
// configured, sent to a loopback fake Twilio) against the production server, measuring how long after
// the webhook's answer each conversation exists (lag), the largest backlog of stored-but-unrouted
// events, how fast the backlog is gone once the traffic stops, and the server's CPU. A no-op route
// paced the same way first is the baseline for the answer times. Then a burst of messages at once.
// Ends with one JSON line. Target: p99 lag ≤ 2 s and the backlog back to 0 within 2 s of the end.
//
// `--baseline-dir <checkout>`: the same measurement on another checkout of the app (e.g. the commit
// before a change, built side by side), interleaved with this one in ABBA order over `--rounds`
// rounds (each a fresh server and database), so a noisy moment on a shared machine weighs on both;
// the JSON line then holds both medians and their ratios. The load average is recorded with each run.
//
//   npm run bench:flow -- [--rate 50] [--duration 60] [--burst 1500] [--port 3320] [--baseline-dir DIR] [--rounds 2]
import { Agent, request } from "node:http";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { startFakeTwilio } from "../lib/testing/fake-twilio";
import {
  arg,
  cpuSecondsOfTree,
  percentile,
  seedTwilioWorkstream,
  signedInboundSms,
  startBenchServer,
  type SignedRequest,
} from "./bench-support";

const RATE = arg("rate", 50);
const DURATION = arg("duration", 60);
const BURST = arg("burst", 1500);
const PORT = arg("port", 3320);
const WARMUP = Math.min(200, RATE * DURATION);
const BASELINE_SECONDS = Math.min(DURATION, 20);
const TARGET_P99_MS = 2000;
const TARGET_DRAIN_MS = 2000;
const baselineIndex = process.argv.indexOf("--baseline-dir");
const BASELINE_DIR = baselineIndex > 0 ? resolve(process.argv[baselineIndex + 1]!) : null;
const ROUNDS = Math.max(1, arg("rounds", 2));

type Figures = Awaited<ReturnType<typeof measureFlow>>;

/** One full measurement (warm-up, no-op baseline, paced traffic, burst, checks) on a fresh server of `appDir`. */
async function measureFlow(appDir: string | undefined, label: string) {
  const fakeTwilio = await startFakeTwilio();
  const bench = await startBenchServer({ port: PORT, env: { TWILIO_API_BASE_URL: fakeTwilio.baseUrl }, appDir });
  const loads: number[] = [];
  const sampleLoad = () => loads.push(loadavg()[0]!);
  sampleLoad();
  const target = seedTwilioWorkstream(bench, { greeting: "Thanks for your message! An agent will be with you shortly." });
  const reader = new Database(bench.dbPath, { readonly: true });
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });

  function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request(url, { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.end(body);
    });
  }

  let customerSequence = 0;
  const newCustomer = () => `+1413${String(1_000_000 + (customerSequence += 1)).padStart(7, "0")}`;
  const messagesFor = (count: number) =>
    Array.from({ length: count }, (_, index) => signedInboundSms(target, { from: newCustomer(), text: `Hello, message ${index}` }));

  /** status 0: no HTTP answer; `error` then says why (ECONNRESET, ECONNREFUSED…). */
  type Sent = { request: SignedRequest; sentAt: number; answeredAt: number; status: number; error?: string };

  /** Sends one request every 1000/rate ms (drift-corrected), without waiting for answers; resolves when all are answered. */
  async function paced<T>(items: readonly T[], rate: number, send: (item: T) => Promise<void>) {
    const started = performance.now();
    const pending: Promise<void>[] = [];
    for (let index = 0; index < items.length; index += 1) {
      const due = started + (index * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(send(items[index]!));
    }
    await Promise.all(pending);
  }

  async function sendMessage(item: SignedRequest, into: Sent[]) {
    const sentAt = Date.now();
    let error: string | undefined;
    const status = await post(target.url, item.body, item.headers).catch((failure: NodeJS.ErrnoException) => {
      error = failure.code ?? failure.message;
      return 0;
    });
    into.push({ request: item, sentAt, answeredAt: Date.now(), status, error });
  }

  const backlog = () => (reader.prepare(`SELECT COUNT(*) AS n FROM "InboundEvent" WHERE "processedAt" IS NULL`).get() as { n: number }).n;

  /** Samples the backlog every 100 ms until stopped; returns its largest value. */
  function sampleBacklog() {
    let max = 0;
    const timer = setInterval(() => (max = Math.max(max, backlog())), 100);
    return {
      stop() {
        clearInterval(timer);
        return Math.max(max, backlog());
      },
    };
  }

  async function waitForBacklogZero(limitMs = 600_000) {
    const started = Date.now();
    while (backlog() > 0) {
      if (Date.now() - started > limitMs) throw new Error(`still ${backlog()} unrouted after ${limitMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return Date.now();
  }

  /** Webhook answer → conversation created, per message (each customer's conversation is new). */
  function lags(sent: readonly Sent[]) {
    const created = new Map(
      (
        reader.prepare(`SELECT "customerAddress" AS customer, "createdAt" AS createdAt FROM "Conversation"`).all() as {
          customer: string;
          createdAt: string;
        }[]
      ).map((row) => [row.customer, Date.parse(row.createdAt)]),
    );
    const values: number[] = [];
    let missing = 0;
    for (const item of sent) {
      const at = created.get(item.request.from);
      if (at === undefined) missing += 1;
      else values.push(Math.max(0, at - item.answeredAt));
    }
    return { values, missing };
  }

  const summarize = (values: number[]) => ({
    p50: Math.round(percentile(values, 50)),
    p99: Math.round(percentile(values, 99)),
    max: Math.round(Math.max(0, ...values)),
  });

  // Warm-up: V8 tiering, Next's route modules, SQLite pages — real messages, checked with the rest.
  const warm: Sent[] = [];
  await paced(messagesFor(WARMUP), RATE, (item) => sendMessage(item, warm));
  await waitForBacklogZero();

  // Baseline: the no-op route, paced the same way.
  const noopTimes: number[] = [];
  await paced(messagesFor(BASELINE_SECONDS * RATE), RATE, async (item) => {
    const started = performance.now();
    await post(`${bench.base}/api/ping`, item.body, { "content-type": item.headers["content-type"]! }).catch(() => 0);
    noopTimes.push(performance.now() - started);
  });

  // Paced new-conversation traffic.
  const steady: Sent[] = [];
  const steadyMessages = messagesFor(RATE * DURATION);
  const cpuBefore = cpuSecondsOfTree(bench.server.pid!);
  const wallBefore = performance.now();
  const steadyBacklog = sampleBacklog();
  const loadTimer = setInterval(sampleLoad, 5_000);
  await paced(steadyMessages, RATE, (item) => sendMessage(item, steady));
  clearInterval(loadTimer);
  const lastAnswer = Math.max(...steady.map((item) => item.answeredAt));
  const steadyDrainedAt = await waitForBacklogZero();
  const maxBacklog = steadyBacklog.stop();
  const serverCpuCores = (cpuSecondsOfTree(bench.server.pid!) - cpuBefore) / ((performance.now() - wallBefore) / 1000);
  const steadyLag = lags(steady);
  const steadyAnswers = steady.map((item) => item.answeredAt - item.sentAt);
  const steadyCpuMsPerMessage = (serverCpuCores * ((performance.now() - wallBefore) / 1000) * 1000) / steady.length;

  // A burst: everything at once (64 connections).
  const burst: Sent[] = [];
  const burstMessages = messagesFor(BURST);
  const burstBacklog = sampleBacklog();
  const burstCpuBefore = cpuSecondsOfTree(bench.server.pid!);
  const burstStarted = Date.now();
  await Promise.all(burstMessages.map((item) => sendMessage(item, burst)));
  const burstAnswered = Date.now();
  const unroutedAtBurstEnd = backlog();
  const burstDrainedAt = await waitForBacklogZero();
  const burstMaxBacklog = burstBacklog.stop();
  // The server's CPU per message from the burst's first request until it is routed: a figure that a
  // neighbour taking CPU away changes much less than the times (it delays the work, it doesn't add to it).
  const burstCpuMsPerMessage = ((cpuSecondsOfTree(bench.server.pid!) - burstCpuBefore) * 1000) / BURST;
  const burstLag = lags(burst);

  // Every greeting handed to the provider (sends are their own jobs: they may trail the routing).
  const all = [...warm, ...steady, ...burst];
  const sendsDeadline = Date.now() + 120_000;
  while (fakeTwilio.sends.length < all.length && Date.now() < sendsDeadline) await new Promise((resolve) => setTimeout(resolve, 100));

  const stored = reader
    .prepare(`SELECT "providerMessageId" AS sid, COUNT(*) AS n FROM "Message" WHERE direction = 'INBOUND' GROUP BY "providerMessageId"`)
    .all() as { sid: string; n: number }[];
  const storedCount = new Map(stored.map((row) => [row.sid, row.n]));
  const lost = all.filter((item) => item.status === 200 && !storedCount.has(item.request.sid)).length;
  const duplicated = stored.filter((row) => row.n > 1).length;
  const non2xx = all.filter((item) => item.status !== 200).length;
  // Which answers they were (0: the connection failed), so a failure says what to look at.
  const non2xxStatuses = [...new Set(all.filter((item) => item.status !== 200).map((item) => item.status))];
  // For status 0: how the connection failed, counted (e.g. {"ECONNRESET":2}).
  const connectionErrors: Record<string, number> = {};
  for (const item of all) if (item.error) connectionErrors[item.error] = (connectionErrors[item.error] ?? 0) + 1;
  const failedEvents = (reader.prepare(`SELECT COUNT(*) AS n FROM "InboundEvent" WHERE "failedAt" IS NOT NULL`).get() as { n: number }).n;
  const conversations = (reader.prepare(`SELECT COUNT(*) AS n FROM "Conversation"`).get() as { n: number }).n;
  reader.close();

  const steadyFigures = summarize(steadyLag.values);
  const burstFigures = summarize(burstLag.values);
  const noopP99 = percentile(noopTimes, 99);
  const answerP99 = percentile(steadyAnswers, 99);
  const drainAfterEndMs = Math.max(0, steadyDrainedAt - lastAnswer);
  const fmt = (value: number) => value.toFixed(0);
  sampleLoad();
  const load1 = Number((loads.reduce((sum, value) => sum + value, 0) / loads.length).toFixed(1));
  console.log(
    `\nFlow benchmark [${label}] — ${RATE} new conversations/s for ${DURATION} s (each from a new customer, greeting configured), production server on loopback`,
  );
  console.log(
    `  answer time     no-op route p50 ${percentile(noopTimes, 50).toFixed(1)} ms  p99 ${noopP99.toFixed(1)} ms   callback p50 ${percentile(steadyAnswers, 50).toFixed(1)} ms  p99 ${answerP99.toFixed(1)} ms`,
  );
  console.log(
    `  lag (answer → conversation)  p50 ${fmt(steadyFigures.p50)} ms   p99 ${fmt(steadyFigures.p99)} ms   max ${fmt(steadyFigures.max)} ms   (target p99 ≤ ${TARGET_P99_MS} ms)`,
  );
  console.log(
    `  largest backlog ${maxBacklog}   back to 0 ${drainAfterEndMs} ms after the last answer (target ≤ ${TARGET_DRAIN_MS} ms)   server CPU ${serverCpuCores.toFixed(2)} cores (${steadyCpuMsPerMessage.toFixed(1)} ms per message)`,
  );
  console.log(
    `  burst of ${BURST}: answered in ${((burstAnswered - burstStarted) / 1000).toFixed(1)} s, ${unroutedAtBurstEnd} (${((100 * unroutedAtBurstEnd) / BURST).toFixed(0)} %) unrouted then, all routed ${((burstDrainedAt - burstAnswered) / 1000).toFixed(1)} s later (server CPU ${burstCpuMsPerMessage.toFixed(1)} ms per message); lag p50 ${fmt(burstFigures.p50)} ms p99 ${fmt(burstFigures.p99)} ms max ${fmt(burstFigures.max)} ms; largest backlog ${burstMaxBacklog}`,
  );
  console.log(
    `  database: ${all.length} messages, ${conversations} conversations, greetings sent ${fakeTwilio.sends.length}; lost ${lost}, duplicated ${duplicated}, non-2xx ${non2xx}, processing failed ${failedEvents}`,
  );
  const pass =
    steadyFigures.p99 <= TARGET_P99_MS &&
    drainAfterEndMs <= TARGET_DRAIN_MS &&
    lost === 0 &&
    duplicated === 0 &&
    non2xx === 0 &&
    failedEvents === 0 &&
    steadyLag.missing === 0 &&
    burstLag.missing === 0;
  console.log(`  load average (1 min) during the run ${load1}`);
  console.log(pass ? "  RESULT: pass" : "  RESULT: FAIL");
  agent.destroy();
  await fakeTwilio.close();
  await bench.stopped();
  return {
    label,
    load1,
    rate: RATE,
    durationSeconds: DURATION,
    messages: steady.length,
    p50LagMs: steadyFigures.p50,
    p99LagMs: steadyFigures.p99,
    maxLagMs: steadyFigures.max,
    maxBacklog,
    drainAfterEndMs,
    serverCpuCores: Number(serverCpuCores.toFixed(2)),
    cpuMsPerMessage: Number(steadyCpuMsPerMessage.toFixed(2)),
    noopAnswerP99Ms: Number(noopP99.toFixed(1)),
    callbackAnswerP99Ms: Number(answerP99.toFixed(1)),
    answerP99Ratio: Number((answerP99 / Math.max(noopP99, 0.1)).toFixed(2)),
    burst: {
      messages: BURST,
      answerSeconds: Number(((burstAnswered - burstStarted) / 1000).toFixed(1)),
      unroutedAtEnd: unroutedAtBurstEnd,
      routedSecondsAfterEnd: Number(((burstDrainedAt - burstAnswered) / 1000).toFixed(1)),
      p50LagMs: burstFigures.p50,
      p99LagMs: burstFigures.p99,
      maxLagMs: burstFigures.max,
      maxBacklog: burstMaxBacklog,
      cpuMsPerMessage: Number(burstCpuMsPerMessage.toFixed(2)),
    },
    greetingsSent: fakeTwilio.sends.length,
    lost,
    duplicated,
    non2xx,
    non2xxStatuses,
    connectionErrors,
    processingFailed: failedEvents,
    pass,
  };
}

const runs: Figures[] = [];
if (!BASELINE_DIR) runs.push(await measureFlow(undefined, "this checkout"));
else
  for (let round = 0; round < ROUNDS; round += 1) {
    // ABBA: baseline, this, this, baseline…
    const order = round % 2 === 0 ? [BASELINE_DIR, undefined] : [undefined, BASELINE_DIR];
    for (const dir of order) runs.push(await measureFlow(dir, dir ? `baseline ${dir}` : "this checkout"));
  }

const mine = runs.filter((run) => run.label === "this checkout");
const theirs = runs.filter((run) => run.label !== "this checkout");
/** The median of the runs' figure (of two runs: their mean). */
const medianOf = (list: Figures[], pick: (run: Figures) => number) => {
  const sorted = list.map(pick).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Number(value.toFixed(2));
};
const summaryOf = (list: Figures[]) => ({
  runs: list.length,
  p50LagMs: medianOf(list, (run) => run.p50LagMs),
  p99LagMs: medianOf(list, (run) => run.p99LagMs),
  maxLagMs: medianOf(list, (run) => run.maxLagMs),
  maxBacklog: medianOf(list, (run) => run.maxBacklog),
  drainAfterEndMs: medianOf(list, (run) => run.drainAfterEndMs),
  serverCpuCores: medianOf(list, (run) => run.serverCpuCores),
  cpuMsPerMessage: medianOf(list, (run) => run.cpuMsPerMessage),
  burstCpuMsPerMessage: medianOf(list, (run) => run.burst.cpuMsPerMessage),
  callbackAnswerP99Ms: medianOf(list, (run) => run.callbackAnswerP99Ms),
  burstRoutedSecondsAfterEnd: medianOf(list, (run) => run.burst.routedSecondsAfterEnd),
  burstUnroutedAtEnd: medianOf(list, (run) => run.burst.unroutedAtEnd),
  burstP99LagMs: medianOf(list, (run) => run.burst.p99LagMs),
  load1: medianOf(list, (run) => run.load1),
});
const pass = mine.every((run) => run.pass) && theirs.every((run) => run.lost === 0 && run.duplicated === 0);
const last = mine[mine.length - 1]!;
const ours = summaryOf(mine);
const comparison =
  theirs.length > 0
    ? (() => {
        const base = summaryOf(theirs);
        const ratio = (a: number, b: number) => Number((a / Math.max(b, 1)).toFixed(2));
        console.log(
          `\nCompared with ${BASELINE_DIR} (medians of ${ours.runs} interleaved runs each): p99 lag ${ours.p99LagMs} vs ${base.p99LagMs} ms, ` +
            `burst routed ${ours.burstRoutedSecondsAfterEnd} vs ${base.burstRoutedSecondsAfterEnd} s after its end, server CPU per message ${ours.cpuMsPerMessage} vs ${base.cpuMsPerMessage} ms paced, ${ours.burstCpuMsPerMessage} vs ${base.burstCpuMsPerMessage} ms in the burst`,
        );
        return {
          baseline: base,
          ratios: {
            p99Lag: ratio(ours.p99LagMs, base.p99LagMs),
            burstRoutedAfterEnd: ratio(ours.burstRoutedSecondsAfterEnd * 1000, base.burstRoutedSecondsAfterEnd * 1000),
            burstP99Lag: ratio(ours.burstP99LagMs, base.burstP99LagMs),
            cpuPerMessage: Number((ours.cpuMsPerMessage / Math.max(base.cpuMsPerMessage, 0.01)).toFixed(2)),
            burstCpuPerMessage: Number((ours.burstCpuMsPerMessage / Math.max(base.burstCpuMsPerMessage, 0.01)).toFixed(2)),
          },
        };
      })()
    : {};
const { label: _label, ...lastFigures } = last;
console.log(
  JSON.stringify({
    bench: "flow",
    ...lastFigures,
    ...(mine.length > 1 ? { medians: ours } : {}),
    runs: runs.map((run) => ({
      label: run.label,
      load1: run.load1,
      p99LagMs: run.p99LagMs,
      drainAfterEndMs: run.drainAfterEndMs,
      serverCpuCores: run.serverCpuCores,
      cpuMsPerMessage: run.cpuMsPerMessage,
      burstCpuMsPerMessage: run.burst.cpuMsPerMessage,
      burstRoutedSecondsAfterEnd: run.burst.routedSecondsAfterEnd,
      burstP99LagMs: run.burst.p99LagMs,
      pass: run.pass,
    })),
    ...comparison,
    pass,
  }),
);
process.exit(pass ? 0 : 1);

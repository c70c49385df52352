// `npm run bench:inbound` — inbound throughput of a Twilio callback URL against the production server
// on loopback, as a ratio to a no-op route of the same server measured in the same run (SPEC issue #5
// target: ≥ 0.5), then a check in the database that every message was stored exactly once — including
// after the provider retries a share of them.
//
//   npm run bench:inbound -- [--messages 4000] [--warmup 1000] [--connections 16] [--port 3310]
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import twilio from "twilio";
import { sealSecret } from "../lib/secrets/cipher";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const MESSAGES = arg("messages", 4000);
const CONNECTIONS = arg("connections", 16);
const PORT = arg("port", 3310);
const RETRIED = Math.floor(MESSAGES / 10);
// Both routes get the same warm-up (V8 tiering, Next's route modules, SQLite pages) before measuring;
// the warm-up messages are real ones too and are checked with the rest.
const WARMUP = arg("warmup", 1000);
const BASE = `http://127.0.0.1:${PORT}`;

const dir = mkdtempSync(join(tmpdir(), "switchboard-bench-"));
const dbPath = join(dir, "bench.db");
const key = randomBytes(32);
const env = {
  ...process.env,
  PORT: String(PORT),
  DATABASE_URL: `file:${dbPath}`,
  PUBLIC_BASE_URL: BASE,
  APP_ENCRYPTION_KEY: key.toString("base64"),
  // Nothing here calls a provider (no automated messages are configured); point them nowhere real.
  TWILIO_API_BASE_URL: "http://127.0.0.1:9",
  TELESIGN_API_BASE_URL: "http://127.0.0.1:9",
  NEXT_TELEMETRY_DISABLED: "1",
};

if (
  await fetch(`${BASE}/api/health`).then(
    () => true,
    () => false,
  )
) {
  console.error(`Port ${PORT} is already in use (a server left from an earlier run?). Stop it or pass --port.`);
  process.exit(1);
}
const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
  env,
  stdio: ["ignore", "pipe", "inherit"],
});
server.stdout.resume();

const stop = () => {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
};
process.on("exit", stop);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(1));

async function waitForServer() {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

function seed() {
  const db = new Database(dbPath);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const authToken = randomBytes(16).toString("hex");
  const accountSid = `AC${randomBytes(16).toString("hex")}`;
  const callbackKey = randomBytes(32).toString("base64url");
  db.prepare(
    `INSERT INTO "MessagingAccount" (id, name, channel, provider, status, twilioAccountSid, twilioAuthToken, callbackKey, signatureMode, validationStatus, createdAt, updatedAt)
     VALUES ('bench-account', 'Bench', 'SMS', 'TWILIO', 'ACTIVE', ?, ?, ?, 'ENFORCE', 'VALID', ?, ?)`,
  ).run(accountSid, sealSecret(authToken, [key]), callbackKey, now, now);
  db.prepare(
    `INSERT INTO "PhoneNumber" (id, accountId, address, e164, country, createdAt, updatedAt) VALUES ('bench-number', 'bench-account', '+12028831111', '+12028831111', 'US', ?, ?)`,
  ).run(now, now);
  db.prepare(`INSERT INTO "Queue" (id, name, createdAt, updatedAt) VALUES ('bench-queue', 'Bench queue', ?, ?)`).run(now, now);
  db.prepare(
    `INSERT INTO "Workstream" (id, name, channel, distributionMode, fallbackQueueId, createdAt, updatedAt) VALUES ('bench-ws', 'Bench', 'SMS', 'PICK', 'bench-queue', ?, ?)`,
  ).run(now, now);
  db.prepare(
    `INSERT INTO "ChannelInstance" (id, workstreamId, numberId, createdAt, updatedAt) VALUES ('bench-ci', 'bench-ws', 'bench-number', ?, ?)`,
  ).run(now, now);
  db.close();
  return { authToken, accountSid, url: `${BASE}/api/webhooks/twilio/${callbackKey}` };
}

type Prepared = { body: string; headers: Record<string, string> };

function prepareMessages(
  target: { authToken: string; accountSid: string; url: string },
  count: number,
): { sids: string[]; requests: Prepared[] } {
  const sids: string[] = [];
  const requests: Prepared[] = [];
  for (let index = 0; index < count; index += 1) {
    const sid = `SM${randomBytes(16).toString("hex")}`;
    // A real inbound SMS's fields (test-data/reference/payloads/twilio-sms-inbound.form), one customer per 50 messages.
    const params = {
      ToCountry: "US",
      ToState: "DC",
      SmsMessageSid: sid,
      NumMedia: "0",
      ToCity: "",
      FromZip: "01022",
      SmsSid: sid,
      FromState: "MA",
      SmsStatus: "received",
      FromCity: "CHICOPEE",
      Body: `Hello, this is message ${index}`,
      FromCountry: "US",
      To: "+12028831111",
      ToZip: "",
      NumSegments: "1",
      MessageSid: sid,
      AccountSid: target.accountSid,
      From: `+1413388${String(1000 + (index % 80)).padStart(4, "0")}`,
      ApiVersion: "2010-04-01",
    };
    const signature = twilio.getExpectedTwilioSignature(target.authToken, target.url, params);
    sids.push(sid);
    requests.push({
      body: new URLSearchParams(params).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
    });
  }
  return { sids, requests };
}

type Measured = { result: autocannon.Result; seconds: number };

async function load(url: string, prepared: Prepared[]): Promise<Measured> {
  let next = 0;
  // From the first request to the last response: autocannon's own duration ends on its one-second
  // ticker, which would round short runs by up to a second.
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
  return { result, seconds: (finished - started) / 1000 };
}

function summary({ result, seconds }: Measured) {
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    perSecond: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
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

await waitForServer();
const target = seed();
const { sids, requests: all } = prepareMessages(target, WARMUP + MESSAGES);
const noopOf = (items: Prepared[]) => items.map((item) => ({ ...item, headers: { "content-type": item.headers["content-type"]! } }));
const warmup = all.slice(0, WARMUP);
const requests = all.slice(WARMUP);
const noop = noopOf(requests);

await load(`${BASE}/api/ping`, noopOf(warmup));
await load(target.url, warmup);
await waitForProcessing(WARMUP);

const baseline = summary(await load(`${BASE}/api/ping`, noop));
const loadStarted = Date.now();
const inbound = summary(await load(target.url, requests));
const ratio = inbound.perSecond / baseline.perSecond;
const fmt = (value: number) => value.toFixed(1);
console.log(
  `\nInbound benchmark — ${MESSAGES} signed Twilio inbound SMS (after ${WARMUP} to warm up each route), ${CONNECTIONS} connections, production server on loopback`,
);
console.log(
  `  no-op route  POST /api/ping            ${fmt(baseline.perSecond)} req/s   p50 ${baseline.p50} ms   p99 ${baseline.p99} ms   non-2xx ${baseline.non2xx}   errors ${baseline.errors}`,
);
console.log(
  `  callback URL POST /api/webhooks/twilio ${fmt(inbound.perSecond)} msg/s   p50 ${inbound.p50} ms   p99 ${inbound.p99} ms   non-2xx ${inbound.non2xx}   errors ${inbound.errors}`,
);
console.log(`  ratio (callback / no-op)               ${ratio.toFixed(2)}   (target ≥ 0.50)`);
const drainSeconds = await waitForProcessing(WARMUP + MESSAGES);
const routedPerSecond = MESSAGES / ((Date.now() - loadStarted) / 1000);
// The provider retries a tenth of them (same MessageSid, same signature): nothing new may appear.
const retried = summary(await load(target.url, requests.slice(0, RETRIED)));
await waitForProcessing(WARMUP + MESSAGES);

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

console.log(
  `  routed into conversations              ${fmt(routedPerSecond)} msg/s end to end (queue drained ${drainSeconds.toFixed(1)} s after the load ended)`,
);
console.log(`  provider retries of ${RETRIED} messages       non-2xx ${retried.non2xx}`);
console.log(`  database: ${events} inbound events, ${stored.length} stored messages, ${conversations} conversations, ${held} held`);
console.log(`            missing ${missing}, duplicated ${duplicated}, unexpected ${unexpected}`);
const ok = ratio >= 0.5 && missing === 0 && duplicated === 0 && unexpected === 0 && inbound.non2xx === 0 && held === 0;
console.log(ok ? "  RESULT: pass" : "  RESULT: FAIL");
// One machine-readable line of the figures, last.
console.log(
  JSON.stringify({
    bench: "inbound",
    messages: MESSAGES,
    connections: CONNECTIONS,
    noopPerSecond: Math.round(baseline.perSecond),
    callbackPerSecond: Math.round(inbound.perSecond),
    ratio: Number(ratio.toFixed(3)),
    routedPerSecond: Math.round(routedPerSecond),
    drainSeconds: Number(drainSeconds.toFixed(1)),
    missing,
    duplicated,
    unexpected,
    pass: ok,
  }),
);
stop();
process.exit(ok ? 0 : 1);

// `npm run bench:live` — how long after the webhook's answer a new conversation is on the agent's
// screen at idle (issue #12 item 6, target ≤ 1 s), with live updates vs the polling they replace,
// measured in the same run on the same messages: two Chromium pages show the same agent's dashboard,
// one with the live stream, one with /api/events blocked (so it falls back to polling, as after a
// dropped connection). Each message comes from a new customer after a random pause (so the polling
// page's phase is random too); each page records, in its own clock, when the message's preview
// appears in the list. The production server runs on SQLite on loopback.
//
//   npm run bench:live -- [--messages 30] [--port 3320]
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import twilio from "twilio";
import { POLL_INTERVAL_MS } from "../components/conversations/query-keys";
import { SESSION_COOKIE_NAME } from "../lib/auth/session-cookie.mjs";
import { sealSecret } from "../lib/secrets/cipher";
import { benchServerEnv } from "./bench-support";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const MESSAGES = arg("messages", 30);
const PORT = arg("port", 3320);
const BASE = `http://127.0.0.1:${PORT}`;
const TARGET_MS = 1_000;

const dir = mkdtempSync(join(tmpdir(), "switchboard-bench-live-"));
const dbPath = join(dir, "bench.db");
const key = randomBytes(32);
// No automated messages are configured, so nothing calls a provider (benchServerEnv points them nowhere real).
const env = { ...benchServerEnv({ databaseUrl: `file:${dbPath}`, base: BASE, key }), PORT: String(PORT) };

if (
  await fetch(`${BASE}/api/health/ready`).then(
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
  for (let attempt = 0; attempt < 1200; attempt += 1) {
    try {
      if ((await fetch(`${BASE}/api/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

/** An active Twilio account whose number is in a pick workstream, an agent in its queue, and a session for them. */
function seed() {
  const db = new Database(dbPath);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const authToken = randomBytes(16).toString("hex");
  const accountSid = `AC${randomBytes(16).toString("hex")}`;
  const callbackKey = randomBytes(32).toString("base64url");
  const sessionToken = randomBytes(32).toString("base64url");
  const expires = new Date(Date.now() + 86_400_000).toISOString().replace("Z", "+00:00");
  db.transaction(() => {
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
    db.prepare(
      `INSERT INTO "User" (id, email, name, passwordHash, role, isActive, locale, createdAt, updatedAt) VALUES ('bench-agent', 'agent@bench.test', 'Bench Agent', 'unused', 'AGENT', 1, 'en', ?, ?)`,
    ).run(now, now);
    db.prepare(`INSERT INTO "QueueMember" (queueId, userId) VALUES ('bench-queue', 'bench-agent')`).run();
    db.prepare(
      `INSERT INTO "Session" (id, tokenHash, userId, createdAt, lastSeenAt, expiresAt) VALUES ('bench-session', ?, 'bench-agent', ?, ?, ?)`,
    ).run(createHash("sha256").update(sessionToken).digest("hex"), now, now, expires);
  })();
  db.close();
  return { authToken, accountSid, url: `${BASE}/api/webhooks/twilio/${callbackKey}`, sessionToken };
}

async function postMessage(target: ReturnType<typeof seed>, index: number, marker: string) {
  const sid = `SM${randomBytes(16).toString("hex")}`;
  const params = {
    ToCountry: "US",
    SmsMessageSid: sid,
    NumMedia: "0",
    SmsSid: sid,
    SmsStatus: "received",
    Body: marker,
    FromCountry: "US",
    To: "+12028831111",
    NumSegments: "1",
    MessageSid: sid,
    AccountSid: target.accountSid,
    From: `+1413555${String(index).padStart(4, "0")}`, // a new customer each time: a new conversation
    ApiVersion: "2010-04-01",
  };
  const response = await fetch(target.url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": twilio.getExpectedTwilioSignature(target.authToken, target.url, params),
    },
    body: new URLSearchParams(params).toString(),
  });
  await response.text();
  if (response.status !== 200) throw new Error(`the webhook answered ${response.status}`);
  return Date.now(); // the webhook's answer
}

/** Resolves with the page's own Date.now() at the moment `marker` is first in the page's text (a MutationObserver). */
function shownAt(page: Page, marker: string): Promise<number> {
  // A string, not a function: tsx would add its __name helper to a function's source, which the page lacks.
  const seen = page.evaluate<number>(`new Promise((resolve) => {
    const text = ${JSON.stringify(marker)};
    const observer = new MutationObserver(() => check());
    const check = () => {
      if (!document.body.textContent.includes(text)) return;
      observer.disconnect();
      resolve(Date.now());
    };
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    check();
  })`);
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`"${marker}" never appeared`)), 30_000).unref());
  return Promise.race([seen, timeout]);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};
const figures = (values: number[]) => ({
  p50Ms: Math.round(percentile(values, 50)),
  p99Ms: Math.round(percentile(values, 99)),
  maxMs: Math.round(Math.max(...values)),
});

await waitForServer();
const target = seed();
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
async function openDashboard(withStream: boolean) {
  const context = await browser.newContext();
  await context.addCookies([{ name: SESSION_COOKIE_NAME, value: target.sessionToken, url: BASE }]);
  if (!withStream) await context.route("**/api/events", (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${BASE}/conversations?view=queues`);
  await page.getByRole("heading", { name: "Conversations" }).waitFor();
  if (withStream)
    await page
      .getByRole("status")
      .filter({ hasText: /^Live$/ })
      .waitFor();
  return page;
}
const livePage = await openDashboard(true);
const pollingPage = await openDashboard(false);

const live: number[] = [];
const polling: number[] = [];
for (let index = 0; index < MESSAGES; index += 1) {
  // A random pause, so each message meets the polling page at a random point of its interval.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * POLL_INTERVAL_MS));
  const marker = `bench live ${index} ${randomBytes(4).toString("hex")}`;
  const seen = Promise.all([shownAt(livePage, marker), shownAt(pollingPage, marker)]);
  const answeredAt = await postMessage(target, index, marker);
  const [liveAt, pollingAt] = await seen;
  live.push(Math.max(0, liveAt - answeredAt));
  polling.push(Math.max(0, pollingAt - answeredAt));
  process.stdout.write(".");
}
await browser.close();

const liveFigures = figures(live);
const pollingFigures = figures(polling);
const withinTarget = live.filter((value) => value <= TARGET_MS).length;
console.log(`\nLive-updates benchmark — ${MESSAGES} new conversations at idle, webhook answer → preview on the agent's dashboard`);
console.log(`  live (SSE)                p50 ${liveFigures.p50Ms} ms   p99 ${liveFigures.p99Ms} ms   max ${liveFigures.maxMs} ms`);
console.log(
  `  polling every ${POLL_INTERVAL_MS} ms      p50 ${pollingFigures.p50Ms} ms   p99 ${pollingFigures.p99Ms} ms   max ${pollingFigures.maxMs} ms`,
);
console.log(`  within ${TARGET_MS} ms (live)       ${withinTarget} / ${MESSAGES}`);
const pass = withinTarget === MESSAGES;
console.log(pass ? "  RESULT: pass" : "  RESULT: FAIL");
console.log(
  JSON.stringify({
    bench: "live",
    messages: MESSAGES,
    liveP50Ms: liveFigures.p50Ms,
    liveP99Ms: liveFigures.p99Ms,
    liveMaxMs: liveFigures.maxMs,
    pollingIntervalMs: POLL_INTERVAL_MS,
    pollingP50Ms: pollingFigures.p50Ms,
    pollingP99Ms: pollingFigures.p99Ms,
    pollingMaxMs: pollingFigures.maxMs,
    p50Ratio: Number((liveFigures.p50Ms / Math.max(1, pollingFigures.p50Ms)).toFixed(3)),
    withinTargetMs: TARGET_MS,
    withinTarget,
    pass,
  }),
);
stop();
process.exit(pass ? 0 : 1);

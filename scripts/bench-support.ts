// Shared by the benchmarks (bench-inbound.ts, bench-flow.ts): a production server on a throwaway SQLite
// database, a seeded Twilio SMS account wired to a workstream, signed inbound requests, the server's CPU
// time from /proc, and percentiles.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import twilio from "twilio";
import { sealSecret } from "../lib/secrets/cipher";

export const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};

/**
 * The environment of a benchmark's production server: its database and public address, a throwaway
 * encryption key, and both providers pointed at a closed port (a benchmark never reaches a real one).
 */
export function benchServerEnv(options: { databaseUrl: string; base: string; key?: Buffer }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    PUBLIC_BASE_URL: options.base,
    APP_ENCRYPTION_KEY: (options.key ?? randomBytes(32)).toString("base64"),
    TWILIO_API_BASE_URL: "http://127.0.0.1:9",
    TELESIGN_API_BASE_URL: "http://127.0.0.1:9",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export type BenchServer = {
  base: string;
  dbPath: string;
  key: Buffer;
  server: ChildProcess;
  stop: () => void;
  stopped: () => Promise<void>;
};

/** Builds if needed and starts `npm start`'s server on `port` with a fresh database; resolves when it answers. */
/** `appDir`: another checkout of the app to serve (a baseline built side by side); default this one. */
export async function startBenchServer(options: { port: number; env?: Record<string, string>; appDir?: string }): Promise<BenchServer> {
  const base = `http://127.0.0.1:${options.port}`;
  const dir = mkdtempSync(join(tmpdir(), "switchboard-bench-"));
  const dbPath = join(dir, "bench.db");
  const key = randomBytes(32);
  if (
    await fetch(`${base}/api/health/ready`).then(
      () => true,
      () => false,
    )
  ) {
    console.error(`Port ${options.port} is already in use (a server left from an earlier run?). Stop it or pass --port.`);
    process.exit(1);
  }
  const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    cwd: options.appDir,
    env: { ...benchServerEnv({ databaseUrl: `file:${dbPath}`, base, key }), PORT: String(options.port), ...options.env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout.resume();
  const stop = () => {
    server.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  /** Resolves once the server has exited (so the next one can take the port). */
  const stopped = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once("exit", () => resolve());
      stop();
    });
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(1));
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 600) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { base, dbPath, key, server, stop, stopped };
}

export type BenchTarget = { authToken: string; accountSid: string; url: string; number: string };

/** An active Twilio SMS account with one number in a pick workstream; optionally a greeting. */
export function seedTwilioWorkstream(bench: BenchServer, options: { greeting?: string } = {}): BenchTarget {
  const db = new Database(bench.dbPath);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const authToken = randomBytes(16).toString("hex");
  const accountSid = `AC${randomBytes(16).toString("hex")}`;
  const callbackKey = randomBytes(32).toString("base64url");
  const number = "+12028831111";
  db.prepare(
    `INSERT INTO "MessagingAccount" (id, name, channel, provider, status, twilioAccountSid, twilioAuthToken, callbackKey, signatureMode, validationStatus, createdAt, updatedAt)
     VALUES ('bench-account', 'Bench', 'SMS', 'TWILIO', 'ACTIVE', ?, ?, ?, 'ENFORCE', 'VALID', ?, ?)`,
  ).run(accountSid, sealSecret(authToken, [bench.key]), callbackKey, now, now);
  // The pipeline is what is measured, not a long code's 1 message per second (decision 033): the number may send 1000/s.
  db.prepare(
    `INSERT INTO "PhoneNumber" (id, accountId, address, e164, country, sendRatePerSecond, createdAt, updatedAt) VALUES ('bench-number', 'bench-account', ?, ?, 'US', 1000, ?, ?)`,
  ).run(number, number, now, now);
  db.prepare(`INSERT INTO "Queue" (id, name, createdAt, updatedAt) VALUES ('bench-queue', 'Bench queue', ?, ?)`).run(now, now);
  db.prepare(
    `INSERT INTO "Workstream" (id, name, channel, distributionMode, fallbackQueueId, createdAt, updatedAt) VALUES ('bench-ws', 'Bench', 'SMS', 'PICK', 'bench-queue', ?, ?)`,
  ).run(now, now);
  db.prepare(
    `INSERT INTO "ChannelInstance" (id, workstreamId, numberId, createdAt, updatedAt) VALUES ('bench-ci', 'bench-ws', 'bench-number', ?, ?)`,
  ).run(now, now);
  if (options.greeting)
    db.prepare(
      `INSERT INTO "AutomatedMessage" (id, workstreamId, trigger, locale, text, isActive, createdAt, updatedAt) VALUES ('bench-greeting', 'bench-ws', 'greeting', 'en-US', ?, 1, ?, ?)`,
    ).run(options.greeting, now, now);
  db.close();
  return { authToken, accountSid, url: `${bench.base}/api/webhooks/twilio/${callbackKey}`, number };
}

export type SignedRequest = { sid: string; from: string; body: string; headers: Record<string, string> };

/** A real inbound SMS's fields (test-data/reference/payloads/twilio-sms-inbound.form), signed like Twilio signs. */
export function signedInboundSms(target: BenchTarget, options: { from: string; text: string }): SignedRequest {
  const sid = `SM${randomBytes(16).toString("hex")}`;
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
    Body: options.text,
    FromCountry: "US",
    To: target.number,
    ToZip: "",
    NumSegments: "1",
    MessageSid: sid,
    AccountSid: target.accountSid,
    From: options.from,
    ApiVersion: "2010-04-01",
  };
  return {
    sid,
    from: options.from,
    body: new URLSearchParams(params).toString(),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": twilio.getExpectedTwilioSignature(target.authToken, target.url, params),
    },
  };
}

/** CPU seconds (user + system) used so far by a process and all its descendants. */
export function cpuSecondsOfTree(rootPid: number): number {
  const ticksPerSecond = 100;
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // gone meanwhile
    }
  }
  const inTree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, stat] of stats)
      if (!inTree.has(pid) && inTree.has(stat.ppid)) {
        inTree.add(pid);
        grew = true;
      }
  }
  let ticks = 0;
  for (const pid of inTree) ticks += stats.get(pid)?.ticks ?? 0;
  return ticks / ticksPerSecond;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

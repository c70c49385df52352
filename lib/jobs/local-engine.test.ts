// The embedded job engine against a real throwaway SQLite database: order per key under concurrency,
// parallel keys, retries with backoff, dead jobs that don't block their key, a restart that runs what a
// killed process left "running", singletons and schedules, and routing yielding to webhook answers
// (decision 038: a counted answer and a hand-moved clock, no timing). No sleeps: handlers signal with promises.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { LocalJobEngine, retryDelayMs } = await import("./local-engine");
const { logger } = await import("@/lib/logger");
const { answerStarted, answersInFlight, onAnswersIdle } = await import("@/lib/http/answers-in-flight.mjs");

const engines: InstanceType<typeof LocalJobEngine>[] = [];
function newEngine(options: Partial<ConstructorParameters<typeof LocalJobEngine>[0]> = {}) {
  const engine = new LocalJobEngine({ db, pollIntervalMs: 50, ...options });
  engines.push(engine);
  return engine;
}

afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const engine of engines.splice(0)) await engine.stop({ timeoutMs: 1_000 });
  await db.job.deleteMany();
});
afterAll(() => testDatabase.drop());

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** Resolves once `count` calls have been seen. */
function counter(count: number) {
  const done = deferred();
  let seen = 0;
  return {
    tick() {
      seen += 1;
      if (seen === count) done.resolve();
    },
    done: done.promise,
  };
}

describe("LocalJobEngine", { timeout: 30_000 }, () => {
  it("runs the jobs of one key one at a time in the order they were sent, while other keys interleave", async () => {
    const engine = newEngine();
    const log: string[] = [];
    const active = new Map<string, number>();
    let overlapped = false;
    const all = counter(30);
    await engine.work<{ key: string; n: number }>(
      "ordered",
      async ({ key, n }) => {
        active.set(key, (active.get(key) ?? 0) + 1);
        if (active.get(key)! > 1) overlapped = true;
        // Later jobs of a key take less time: without per-key order they would overtake earlier ones.
        await new Promise((resolve) => setTimeout(resolve, 10 - n));
        log.push(`${key}${n}`);
        active.set(key, active.get(key)! - 1);
        all.tick();
      },
      { concurrency: 8 },
    );
    await engine.start();
    for (let n = 0; n < 10; n += 1) for (const key of ["a", "b", "c"]) await engine.send("ordered", { key, n }, { orderKey: key });

    await all.done;

    expect(overlapped).toBe(false);
    for (const key of ["a", "b", "c"])
      expect(log.filter((entry) => entry.startsWith(key))).toEqual(Array.from({ length: 10 }, (_, n) => `${key}${n}`));
    // Finished jobs leave the table.
    await vi.waitFor(async () => expect(await db.job.count()).toBe(0));
  });

  it("runs different keys in parallel: a stuck job doesn't hold up the other keys", async () => {
    const engine = newEngine();
    const release = deferred();
    const others = counter(3);
    await engine.work<{ key: string }>(
      "parallel",
      async ({ key }) => {
        if (key === "slow") await release.promise;
        else others.tick();
      },
      { concurrency: 4 },
    );
    await engine.start();
    await engine.send("parallel", { key: "slow" }, { orderKey: "slow" });
    for (const key of ["x", "y", "z"]) await engine.send("parallel", { key }, { orderKey: key });

    // Resolves only while "slow" is still running.
    await others.done;
    release.resolve();
  });

  it("retries a failing job, passing attempt and isLastAttempt, until it succeeds", async () => {
    vi.spyOn(logger, "warn").mockImplementation(() => {});
    const engine = newEngine();
    const contexts: { attempt: number; isLastAttempt: boolean }[] = [];
    const done = deferred();
    await engine.work("flaky", async (_payload, context) => {
      contexts.push({ attempt: context.attempt, isLastAttempt: context.isLastAttempt });
      if (context.attempt < 3) throw new Error(`attempt ${context.attempt} failed`);
      done.resolve();
    });
    await engine.start();
    await engine.send("flaky", {}, { retryLimit: 4, retryDelaySeconds: 0 });
    await done.promise;

    expect(contexts).toEqual([
      { attempt: 1, isLastAttempt: false },
      { attempt: 2, isLastAttempt: false },
      { attempt: 3, isLastAttempt: false },
    ]);
  });

  it("stores the next attempt's time with the backoff and the error, and doesn't run the job before then", async () => {
    vi.spyOn(logger, "warn").mockImplementation(() => {});
    const engine = newEngine({ random: () => 0.5 });
    const failed = deferred();
    let runs = 0;
    await engine.work("later", async () => {
      runs += 1;
      failed.resolve();
      throw new TypeError("provider down");
    });
    await engine.start();
    const before = Date.now();
    const id = Number(await engine.send("later", {}, { retryDelaySeconds: 60 }));
    await failed.promise;
    await vi.waitFor(async () =>
      expect(await db.job.findUniqueOrThrow({ where: { id }, select: { state: true } })).toEqual({ state: "queued" }),
    );
    const row = await db.job.findUniqueOrThrow({ where: { id }, select: { attempts: true, runAfter: true, lastError: true } });
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBe("TypeError: provider down");
    // 60 s · 2^0 · (0.9 + 0.2 · 0.5)
    expect(row.runAfter.getTime()).toBeGreaterThanOrEqual(before + 60_000);
    expect(row.runAfter.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(runs).toBe(1);
  });

  it("computes backoff as base · 2^(attempt−1) with ±10 % jitter", () => {
    expect(retryDelayMs(2, 1, () => 0.5)).toBe(2_000);
    expect(retryDelayMs(2, 2, () => 0.5)).toBe(4_000);
    expect(retryDelayMs(2, 4, () => 0.5)).toBe(16_000);
    expect(retryDelayMs(2, 1, () => 0)).toBe(1_800);
    expect(retryDelayMs(2, 1, () => 1)).toBe(2_200);
  });

  it("leaves a job dead after its last attempt, keeps it in the table, and runs the next job of its key", async () => {
    vi.spyOn(logger, "error").mockImplementation(() => {});
    vi.spyOn(logger, "warn").mockImplementation(() => {});
    const engine = newEngine();
    const attempts: number[] = [];
    const next = deferred<string>();
    await engine.work<{ name: string }>("poison", async ({ name }, context) => {
      if (name === "bad") {
        attempts.push(context.attempt);
        throw new Error("always fails");
      }
      next.resolve(name);
    });
    await engine.start();
    const bad = await engine.send("poison", { name: "bad" }, { orderKey: "k", retryLimit: 3, retryDelaySeconds: 0 });
    await engine.send("poison", { name: "good" }, { orderKey: "k" });

    expect(await next.promise).toBe("good");
    expect(attempts).toEqual([1, 2, 3]);
    expect(
      await db.job.findUniqueOrThrow({ where: { id: Number(bad) }, select: { state: true, attempts: true, lastError: true } }),
    ).toEqual({
      state: "dead",
      attempts: 3,
      lastError: "Error: always fails",
    });
  });

  it("keeps the order of a key while an earlier job waits for its retry", async () => {
    vi.spyOn(logger, "warn").mockImplementation(() => {});
    const engine = newEngine();
    const log: string[] = [];
    const finished = counter(2);
    await engine.work<{ name: string }>("retry-order", async ({ name }, context) => {
      if (name === "first" && context.attempt === 1) throw new Error("not yet");
      log.push(name);
      finished.tick();
    });
    await engine.start();
    await engine.send("retry-order", { name: "first" }, { orderKey: "k", retryDelaySeconds: 0.05 });
    await engine.send("retry-order", { name: "second" }, { orderKey: "k" });
    await finished.done;
    expect(log).toEqual(["first", "second"]);
  });

  it("is durable: a job left running by a killed process, and jobs queued before a restart, run on the next start", async () => {
    // What a SIGKILL leaves behind: one row claimed ("running", one attempt used), one still queued.
    const interrupted = await db.job.create({
      data: { queue: "durable", payload: JSON.stringify({ name: "interrupted" }), state: "running", attempts: 1, orderKey: "k" },
      select: { id: true },
    });
    const first = newEngine();
    const sent = await first.send("durable", { name: "queued" }, { orderKey: "k" });
    expect(await db.job.findUniqueOrThrow({ where: { id: Number(sent) }, select: { state: true } })).toEqual({ state: "queued" });
    await first.stop();

    const seen: { name: string; attempt: number }[] = [];
    const both = counter(2);
    const second = newEngine();
    await second.work<{ name: string }>("durable", async ({ name }, context) => {
      seen.push({ name, attempt: context.attempt });
      both.tick();
    });
    await second.start();
    await both.done;
    expect(seen).toEqual([
      { name: "interrupted", attempt: 2 },
      { name: "queued", attempt: 1 },
    ]);
    await vi.waitFor(async () => expect(await db.job.count({ where: { id: { in: [interrupted.id, Number(sent)] } } })).toBe(0));
  });

  it("picks up jobs another process wrote to the table", async () => {
    const engine = newEngine();
    const ran = deferred<string>();
    await engine.work<{ name: string }>("external", async ({ name }) => ran.resolve(name));
    await engine.start();
    await db.job.create({ data: { queue: "external", payload: JSON.stringify({ name: "from elsewhere" }) }, select: { id: true } });
    expect(await ran.promise).toBe("from elsewhere");
  });

  it("makes a send with the singleton key of a still-queued job a no-op", async () => {
    const engine = newEngine();
    const first = await engine.send("single", {}, { singletonKey: "only-one" });
    expect(first).not.toBeNull();
    expect(await engine.send("single", {}, { singletonKey: "only-one" })).toBeNull();
    expect(await engine.send("single", {}, { singletonKey: "another" })).not.toBeNull();
    expect(await db.job.count({ where: { queue: "single" } })).toBe(2);
  });

  it("schedule() sends its queue an empty job every period, never piling up more than one waiting", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const engine = newEngine();
    const ran = counter(2);
    const release = deferred();
    let calls = 0;
    await engine.work("tick", async (payload) => {
      expect(payload).toEqual({});
      calls += 1;
      ran.tick();
      if (calls === 1) await release.promise;
    });
    await engine.start();
    await engine.schedule("tick", 5);

    await vi.advanceTimersByTimeAsync(5_000);
    await vi.waitFor(() => expect(calls).toBe(1));
    // While the first run is still busy, three more periods leave one job waiting, not three.
    await vi.advanceTimersByTimeAsync(15_000);
    await vi.waitFor(async () => expect(await db.job.count({ where: { queue: "tick", state: "queued" } })).toBe(1));
    release.resolve();
    await ran.done;
  });

  describe("answers first (decision 038)", () => {
    const BUDGET_MS = 60_000;
    // A clock the test moves; the budget is far longer than the test and the poll never comes, so no
    // real timer decides anything: only the answers' end and the engine's own dispatches.
    function answeringEngine() {
      const clock = { now: 1_000_000 };
      const engine = newEngine({
        pollIntervalMs: 3_600_000,
        now: () => clock.now,
        answers: { inFlight: answersInFlight, onIdle: onAnswersIdle },
        answerBudgetMs: BUDGET_MS,
      });
      return { engine, clock };
    }

    it("holds a yielding queue's jobs while an answer is in flight, runs the other queues', and starts them when the last answer ends", async () => {
      const { engine } = answeringEngine();
      const log: string[] = [];
      const routed = counter(3);
      await engine.work<{ name: string }>(
        "route",
        async ({ name }) => {
          log.push(name);
          routed.tick();
        },
        { yieldsToAnswers: true },
      );
      await engine.work<{ name: string }>("deliver", async ({ name }) => void log.push(name));
      await engine.start();
      // No answer in flight: full speed.
      await engine.send("route", { name: "idle route" });
      await engine.settle();
      expect(log).toEqual(["idle route"]);

      const first = answerStarted();
      const second = answerStarted();
      await engine.send("route", { name: "route 1" });
      await engine.send("route", { name: "route 2" });
      await engine.send("deliver", { name: "send" });
      await engine.settle();
      expect(log).toEqual(["idle route", "send"]);
      first();
      await engine.settle();
      expect(log).toEqual(["idle route", "send"]);
      // The last answer is done: the engine starts what waited by itself (no dispatch asked for here).
      second();
      await routed.done;
      expect(log).toEqual(["idle route", "send", "route 1", "route 2"]);
      expect(answersInFlight()).toBe(0);
    });

    it("runs a yielding job regardless once it has waited for the budget, while answers are still in flight", async () => {
      const { engine, clock } = answeringEngine();
      const log: string[] = [];
      await engine.work<{ name: string }>("route", async ({ name }) => void log.push(name), { yieldsToAnswers: true });
      await engine.start();
      const answer = answerStarted();
      await engine.send("route", { name: "old" });
      clock.now += 10;
      await engine.send("route", { name: "young" });
      clock.now += BUDGET_MS - 11;
      await engine.settle();
      expect(log).toEqual([]);
      clock.now += 1;
      await engine.settle();
      expect(log).toEqual(["old"]);
      clock.now += 10;
      await engine.settle();
      expect(log).toEqual(["old", "young"]);
      answer();
    });

    it("runs the jobs past the budget one at a time while answers continue, and all at once when they end", async () => {
      const { engine, clock } = answeringEngine();
      const log: string[] = [];
      const release = new Map([
        ["a", deferred()],
        ["b", deferred()],
        ["c", deferred()],
      ]);
      const started = new Map([...release.keys()].map((name) => [name, deferred()]));
      const finished = counter(3);
      await engine.work<{ name: string }>(
        "route",
        async ({ name }) => {
          log.push(`${name} start`);
          started.get(name)!.resolve();
          await release.get(name)!.promise;
          log.push(`${name} end`);
          finished.tick();
        },
        { yieldsToAnswers: true, concurrency: 8 },
      );
      await engine.start();
      const answer = answerStarted();
      for (const name of release.keys()) await engine.send("route", { name });
      clock.now += BUDGET_MS;
      // Any dispatch will do: a job of another queue.
      await engine.send("other", {});
      await started.get("a")!.promise;
      await engine.send("other", {});
      // The dispatch that send asked for runs on the next turn: b must still wait after it.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      expect(log).toEqual(["a start"]);
      release.get("a")!.resolve();
      await started.get("b")!.promise;
      expect(log).toEqual(["a start", "a end", "b start"]);
      // The answers are done: what is left starts beside the running one.
      answer();
      await started.get("c")!.promise;
      expect(log).toEqual(["a start", "a end", "b start", "c start"]);
      release.get("b")!.resolve();
      release.get("c")!.resolve();
      await finished.done;
    });

    it("past the budget, rests three times a job's duration before the next one while answers continue (decision 045)", async () => {
      const { engine, clock } = answeringEngine();
      const log: string[] = [];
      await engine.work<{ name: string }>(
        "route",
        async ({ name }) => {
          log.push(name);
          // The job takes 10 ms of the engine's clock.
          clock.now += 10;
        },
        { yieldsToAnswers: true, concurrency: 8 },
      );
      await engine.start();
      const answer = answerStarted();
      for (const name of ["a", "b", "c"]) await engine.send("route", { name });
      clock.now += BUDGET_MS;
      await engine.settle();
      expect(log).toEqual(["a"]);
      clock.now += 29;
      await engine.settle();
      expect(log).toEqual(["a"]);
      clock.now += 1;
      await engine.settle();
      expect(log).toEqual(["a", "b"]);
      // The answers end: no rest, the rest runs at once.
      answer();
      await engine.settle();
      expect(log).toEqual(["a", "b", "c"]);
    });

    it("keeps each key's order: a job behind a waiting job of its key waits too, whatever its queue", async () => {
      const { engine } = answeringEngine();
      const log: string[] = [];
      await engine.work<{ name: string }>("route", async ({ name }) => void log.push(name), { yieldsToAnswers: true });
      await engine.work<{ name: string }>("deliver", async ({ name }) => void log.push(name));
      await engine.start();
      const answer = answerStarted();
      await engine.send("route", { name: "k: route" }, { orderKey: "k" });
      await engine.send("deliver", { name: "k: send" }, { orderKey: "k" });
      await engine.send("deliver", { name: "j: send" }, { orderKey: "j" });
      await engine.settle();
      expect(log).toEqual(["j: send"]);
      answer();
      await engine.settle();
      expect(log).toEqual(["j: send", "k: route", "k: send"]);
    });

    it("counts an answer once, however often its response reports closing", () => {
      const done = answerStarted();
      expect(answersInFlight()).toBe(1);
      done();
      done();
      expect(answersInFlight()).toBe(0);
    });
  });
});

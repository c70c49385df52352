// The embedded job engine for tests of the message flow: a LocalJobEngine on the throwaway database
// with the message flow's queues registered, installed as this process's engine (getJobEngine), on a
// clock the test moves (retries come due without waiting). `settle()` waits until nothing is due.
// Use after createTestDatabase() (lib/testing/test-database.ts).
import { db } from "@/lib/db";
import { LocalJobEngine } from "@/lib/jobs/local-engine";
import type { JobEngine } from "@/lib/jobs/types";
import { registerMessageJobs } from "@/lib/message-engine/jobs";

export async function startTestJobEngine() {
  // The engine's own clock: it only moves when the test says, so a backoff is exactly what it computed.
  let clock = Date.now();
  const engine = new LocalJobEngine({ db, now: () => clock, random: () => 0.5 });
  (globalThis as typeof globalThis & { __sbJobEngine?: JobEngine }).__sbJobEngine = engine;
  await registerMessageJobs(engine, { now: () => new Date(clock), random: () => 0.5 });
  await engine.start();
  return {
    engine,
    settle: () => engine.settle(),
    /** The engine's clock, which the send job uses too. */
    now: () => new Date(clock),
    /** Moves the engine's clock forward, then runs what came due. */
    async advance(ms: number) {
      clock += ms;
      await engine.settle();
    },
    stop: () => engine.stop({ timeoutMs: 1_000 }),
  };
}

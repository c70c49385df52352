// The one job engine of this process: the embedded engine on a SQLite `file:` URL (decision 017), pg-boss
// on PostgreSQL (decision 020). Callers only see the JobEngine contract (./types).
import "server-only";
import { db } from "@/lib/db";
import { answersInFlight, onAnswersIdle } from "@/lib/http/answers-in-flight.mjs";
import { getEnv } from "@/lib/env";
import { LocalJobEngine } from "./local-engine";
import { PgBossJobEngine } from "./pg-boss-engine";
import type { JobEngine } from "./types";

const holder = globalThis as typeof globalThis & { __sbJobEngine?: JobEngine };

function createJobEngine(): JobEngine {
  const url = getEnv().DATABASE_URL;
  // Routing yields to the webhook answers this process is serving (decision 038).
  if (url.startsWith("file:")) return new LocalJobEngine({ db, answers: { inFlight: answersInFlight, onIdle: onAnswersIdle } });
  // PostgreSQL: pg-boss with per-key order on top (decision 020); its own small connection pool.
  return new PgBossJobEngine({ connectionString: url, poolSize: Math.max(2, Math.ceil(getEnv().DATABASE_POOL_SIZE / 2)) });
}

/** Route handlers, server actions and instrumentation can be separate module instances: one engine per process. */
export function getJobEngine(): JobEngine {
  return (holder.__sbJobEngine ??= createJobEngine());
}

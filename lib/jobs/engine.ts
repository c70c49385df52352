// The one job engine of this process (decision 017): the embedded engine on a SQLite `file:` URL; on
// PostgreSQL the pg-boss engine plugs in below. Callers only see the JobEngine contract (./types).
import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { LocalJobEngine } from "./local-engine";
import type { JobEngine } from "./types";

const holder = globalThis as typeof globalThis & { __sbJobEngine?: JobEngine };

function createJobEngine(): JobEngine {
  const url = getEnv().DATABASE_URL;
  if (url.startsWith("file:")) return new LocalJobEngine({ db });
  // ── pg-boss hook (issue #12, helper "hg"): on `postgresql://` / `postgres://` URLs return
  //    `new PgBossJobEngine(...)` from ./pg-boss-engine here. Until then there is no engine for them.
  throw new Error(`No job engine for this DATABASE_URL (only file: URLs are supported yet)`);
}

/** Route handlers, server actions and instrumentation can be separate module instances: one engine per process. */
export function getJobEngine(): JobEngine {
  return (holder.__sbJobEngine ??= createJobEngine());
}

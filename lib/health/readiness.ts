// Readiness of one instance (GET /api/health/ready): may the load balancer send it traffic? Pure: the
// probes are passed in, so the rules are unit-tested without a server (lib/health/probes.ts has the real ones).
//
// Liveness (GET /api/health) only says the process answers. Readiness also needs:
// - the database, reached with a cheap query on every check (a dropped connection shows at once);
// - every migration this build ships applied to it. Checked until it holds once, then remembered: a
//   running build never gets new migration files, and applied migrations are never removed;
// - the job engine started (handlers registered, queues polled), or this instance takes webhooks it
//   can't route.

export type JobEngineState = "starting" | "started" | "failed";

export type ReadinessProbes = {
  /** Resolves when the database answers a trivial query. */
  pingDatabase(): Promise<void>;
  /** Names of the migrations the database has finished applying. */
  appliedMigrations(): Promise<string[]>;
  /** Names of the migrations this build ships (its migrations folder). */
  shippedMigrations(): Promise<string[]>;
  jobEngineState(): JobEngineState;
};

export type NotReadyReason = "database-unreachable" | "migrations-pending" | "job-engine-starting" | "job-engine-failed";

export type Readiness = { ready: true } | { ready: false; reason: NotReadyReason; detail: string };

const DETAILS: Record<NotReadyReason, string> = {
  "database-unreachable": "The database does not answer.",
  "migrations-pending": "The database lacks migrations this build needs: run npm run db:migrate.",
  "job-engine-starting": "The job engine is starting.",
  "job-engine-failed": "The job engine failed to start: see the server log.",
};

function notReady(reason: NotReadyReason): Readiness {
  return { ready: false, reason, detail: DETAILS[reason] };
}

/** Names in `shipped` that `applied` lacks. */
export function pendingMigrations(shipped: readonly string[], applied: readonly string[]): string[] {
  const done = new Set(applied);
  return shipped.filter((name) => !done.has(name));
}

/** A check function for one process; it remembers that the migrations were found applied. */
export function createReadinessCheck(probes: ReadinessProbes): () => Promise<Readiness> {
  let migrationsApplied = false;
  return async () => {
    try {
      await probes.pingDatabase();
    } catch {
      return notReady("database-unreachable");
    }
    if (!migrationsApplied) {
      let pending: string[];
      try {
        pending = pendingMigrations(await probes.shippedMigrations(), await probes.appliedMigrations());
      } catch {
        // No _prisma_migrations table yet (a database nobody migrated) reads as pending, not as down.
        return notReady("migrations-pending");
      }
      if (pending.length > 0) return notReady("migrations-pending");
      migrationsApplied = true;
    }
    const engine = probes.jobEngineState();
    if (engine === "starting") return notReady("job-engine-starting");
    if (engine === "failed") return notReady("job-engine-failed");
    return { ready: true };
  };
}

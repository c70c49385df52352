// The job engine on PostgreSQL (issue #12, docs/decisions/020-pg-boss.md): pg-boss 10 stores, claims,
// retries (exponential backoff with jitter), expires and dead-letters the jobs; this module maps the
// contract of ./types.ts onto it:
// - every queue is a pg-boss queue with the `short` policy (a singleton key may have one job waiting)
//   and a shared dead-letter queue; a send without a singleton key gets a unique one of its own;
// - `orderKey` jobs go through ./pg-boss/ordered-keys.ts, which releases one job per key at a time;
// - `schedule` is a throttled send (`singletonSeconds`) from every instance: pg-boss's unique index
//   keeps one job per period for the whole cluster, whichever instances are alive;
// - each queue runs in ./pg-boss/queue-runner.ts, up to `concurrency` jobs at a time per instance.
// A job a crashed instance was running stays `active` until it expires (its queue's `timeoutSeconds`,
// else `expireInSeconds`), then pg-boss's maintenance (once per cluster every
// `maintenanceIntervalSeconds`) retries it elsewhere. pg-boss 10 has no heartbeat: the expiry is the
// only way it learns an instance died, so short jobs get short timeouts (decision 020).
import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import PgBoss from "pg-boss";
import { logger } from "@/lib/logger";
import { named, OrderedKeys, type OrderedRow, type SqlExecutor } from "./pg-boss/ordered-keys";
import { QueueRunner } from "./pg-boss/queue-runner";
import type { JobContext, JobEngine, JobHandler, SendOptions, WorkOptions } from "./types";

export type PgBossJobEngineOptions = {
  connectionString: string;
  /** pg-boss's schema. */
  schema?: string;
  /** The ordered-jobs table's schema. */
  orderSchema?: string;
  /** A running job not finished after this long counts as failed (its instance died) and is retried; queues registered with a `timeoutSeconds` use theirs. */
  expireInSeconds?: number;
  /** How often (once per cluster) pg-boss expires, archives and deletes jobs. */
  maintenanceIntervalSeconds?: number;
  /** How often (once per cluster, after a maintenance) keys whose head job is gone or dead are released. */
  repairIntervalSeconds?: number;
  /** How often an idle queue looks for jobs sent by other instances or due retries. */
  pollingIntervalMs?: number;
  /** Connections this instance's engine may hold. */
  poolSize?: number;
};

/** The pg-boss job's data: the caller's payload, and the ordered row it belongs to. */
type Envelope = { payload: object; queue: string; orderedRow?: string };
type Job = PgBoss.JobWithMetadata<Envelope>;

const DEAD_LETTER_QUEUE = "dead-jobs";
const CREATE_QUEUE_LOCK = "switchboard-jobs:create-queue";
const LIVE_STATES = new Set(["created", "retry", "active"]);
const DEFAULTS = {
  schema: "pgboss",
  orderSchema: "switchboard_jobs",
  expireInSeconds: 60,
  // Expiring is one indexed UPDATE: checked every 5 s, so a killed instance's jobs wait at most their
  // timeout plus 5 s. The ordered-keys repair (a read per waiting key) runs at most every 30 s.
  maintenanceIntervalSeconds: 5,
  repairIntervalSeconds: 30,
  pollingIntervalMs: 1000,
  poolSize: 10,
  concurrency: 10,
  retryLimit: 5,
  retryDelaySeconds: 2,
  stopTimeoutMs: 10_000,
};

export class PgBossJobEngine implements JobEngine {
  readonly kind = "pg-boss" as const;
  private readonly options: Required<PgBossJobEngineOptions>;
  private readonly pool: pg.Pool;
  private readonly boss: PgBoss;
  private readonly ordered: OrderedKeys;
  private readonly handlers = new Map<string, { handler: JobHandler<object>; concurrency: number; timeoutSeconds?: number }>();
  private readonly runners = new Map<string, QueueRunner<Job>>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly schedules = new Map<string, number>();
  private readonly timers: NodeJS.Timeout[] = [];
  private installed: Promise<void> | null = null;
  private creatingQueue: Promise<void> = Promise.resolve();
  private started = false;
  private stopped = false;
  private lastRepair = 0;

  constructor(options: PgBossJobEngineOptions) {
    this.options = { ...DEFAULTS, ...options };
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: this.options.poolSize,
      application_name: "switchboard-jobs",
    });
    this.pool.on("error", (error) => logger.error("job engine: idle database connection failed", { error }));
    // pg-boss's statements are named too (parsed once per connection, decision 046).
    const db: SqlExecutor = {
      executeSql: (text, values) => (values && values.length > 0 ? named(this.pool, text, values) : this.pool.query(text)),
    };
    this.boss = new PgBoss({
      db,
      schema: this.options.schema,
      schedule: false, // cron (minute resolution) is not used: see schedule()
      supervise: true,
      maintenanceIntervalSeconds: this.options.maintenanceIntervalSeconds,
      expireInSeconds: this.options.expireInSeconds,
    });
    this.boss.on("error", (error) => logger.error("job engine: pg-boss error", { error }));
    // After pg-boss's maintenance (on one instance per period), the same instance checks the key heads.
    this.boss.on("maintenance", () => {
      if (this.stopped || Date.now() - this.lastRepair < this.options.repairIntervalSeconds * 1000) return;
      this.lastRepair = Date.now();
      this.repairOrderedKeys().catch((error: unknown) => logger.error("job engine: ordered keys repair failed", { error }));
    });
    this.ordered = new OrderedKeys(
      this.pool,
      this.options.orderSchema,
      (row, rowDb) => this.sendHead(row, rowDb),
      async (row, rowDb) => (await this.boss.getJobById(row.queue, row.jobId, { db: rowDb, includeArchive: false }))?.state ?? null,
    );
  }

  async start() {
    if (this.started) return;
    this.started = true;
    await this.install();
    await this.startRunner(DEAD_LETTER_QUEUE, (job) => this.onDead(job), DEFAULTS.concurrency);
    for (const [queue, { handler, concurrency }] of this.handlers)
      await this.startRunner(queue, (job) => this.runJob(job, handler), concurrency);
    for (const [queue, everySeconds] of this.schedules) this.startSchedule(queue, everySeconds);
  }

  async stop(options: { timeoutMs?: number } = {}) {
    if (this.stopped) return;
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    const timeoutMs = options.timeoutMs ?? DEFAULTS.stopTimeoutMs;
    await Promise.all([...this.runners.values()].map((runner) => runner.stop(timeoutMs)));
    // Jobs still running stay `active` in the database and run again once they expire.
    await this.boss.stop({ graceful: false, close: false });
    await this.pool.end();
  }

  async work<Payload extends object>(queue: string, handler: JobHandler<Payload>, options: WorkOptions = {}) {
    const entry = {
      handler: handler as JobHandler<object>,
      concurrency: Math.max(1, options.concurrency ?? DEFAULTS.concurrency),
      timeoutSeconds: options.timeoutSeconds === undefined ? undefined : wholeSeconds(options.timeoutSeconds),
    };
    this.handlers.set(queue, entry);
    if (this.started && !this.stopped) await this.startRunner(queue, (job) => this.runJob(job, entry.handler), entry.concurrency);
  }

  async send<Payload extends object>(queue: string, payload: Payload, options: SendOptions = {}): Promise<string | null> {
    await this.ensureQueue(queue);
    const jobId = randomUUID();
    const retryLimit = Math.max(1, options.retryLimit ?? DEFAULTS.retryLimit);
    const retryDelay = wholeSeconds(options.retryDelaySeconds ?? DEFAULTS.retryDelaySeconds);
    if (options.orderKey !== undefined) {
      const result = await this.ordered.enqueue({
        jobId,
        queue,
        orderKey: options.orderKey,
        payload,
        retryLimit,
        retryDelay,
        startAfter: options.startAfter ?? null,
        singletonKey: options.singletonKey ?? null,
      });
      if (!result) return null;
      if (result.released) this.runners.get(queue)?.wake();
      return jobId;
    }
    const id = await this.boss.send(queue, { payload, queue } satisfies Envelope, {
      id: jobId,
      singletonKey: options.singletonKey ?? `job:${jobId}`,
      startAfter: options.startAfter,
      ...retryOptions(retryLimit, retryDelay),
    });
    if (id) this.runners.get(queue)?.wake();
    return id;
  }

  async schedule(queue: string, everySeconds: number) {
    const period = wholeSeconds(everySeconds);
    this.schedules.set(queue, period);
    if (this.started && !this.stopped) this.startSchedule(queue, period);
  }

  /**
   * Releases the next job of every key whose head's pg-boss job will never run again: normally the
   * dead-letter job does that, this catches a dead-letter job that itself failed, or a head pg-boss
   * deleted unrun (retention). Advancing is idempotent per row, so racing the dead-letter job is safe.
   * Returns how many keys moved on.
   */
  async repairOrderedKeys(): Promise<number> {
    let repaired = 0;
    for (const head of await this.ordered.heads(500)) {
      const job = await this.boss.getJobById(head.queue, head.jobId, { includeArchive: true });
      if (job && LIVE_STATES.has(job.state)) continue;
      const { advanced, released } = await this.ordered.advance(head.id);
      this.wakeQueue(released);
      if (advanced) repaired++;
    }
    if (repaired > 0) logger.warn("job engine: released keys whose head job was gone or dead", { keys: repaired });
    return repaired;
  }

  private install() {
    this.installed ??= (async () => {
      await this.boss.start();
      await this.ordered.install();
      await this.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, policy: "standard" });
    })();
    return this.installed;
  }

  private ensureQueue(queue: string) {
    let ready = this.queues.get(queue);
    if (!ready) {
      ready = this.install().then(() =>
        this.createQueue(queue, {
          name: queue,
          policy: "short",
          deadLetter: DEAD_LETTER_QUEUE,
          expireInSeconds: this.handlers.get(queue)?.timeoutSeconds ?? this.options.expireInSeconds,
        }),
      );
      ready.catch(() => this.queues.delete(queue));
      this.queues.set(queue, ready);
    }
    return ready;
  }

  /**
   * pg-boss's create_queue adds a partition to its job table; two instances doing it at once deadlock.
   * So one at a time per instance (a session lock holds a connection), and one at a time per cluster.
   */
  private createQueue(name: string, options: PgBoss.Queue) {
    const create = async () => {
      if (await this.boss.getQueue(name)) return;
      const client = await this.pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock(hashtext($1), 0)", [CREATE_QUEUE_LOCK]);
        try {
          await this.boss.createQueue(name, options);
        } finally {
          await client.query("SELECT pg_advisory_unlock(hashtext($1), 0)", [CREATE_QUEUE_LOCK]);
        }
      } finally {
        client.release();
      }
    };
    const created = this.creatingQueue.then(create);
    this.creatingQueue = created.catch(() => undefined);
    return created;
  }

  private async startRunner(queue: string, run: (job: Job) => Promise<void>, concurrency: number) {
    await this.ensureQueue(queue);
    await this.applyTimeout(queue);
    const previous = this.runners.get(queue);
    if (previous) await previous.stop(0);
    const runner = new QueueRunner<Job>({
      concurrency,
      pollingIntervalMs: this.pollingIntervalOf(queue),
      fetch: (count) => this.boss.fetch<Envelope>(queue, { batchSize: count, includeMetadata: true }),
      run,
      onError: (error) => logger.error("job engine: queue runner failed", { queue, error }),
    });
    this.runners.set(queue, runner);
    runner.start();
  }

  /**
   * How often an idle queue of this instance looks for jobs it wasn't woken for (decision 046): polling
   * is per queue per instance, so it is kept to the queues whose work can arrive unannounced. A
   * scheduled queue's job is sent by an instance's timer, which wakes that instance's runner: the others
   * only pick it up if that instance died, within one period (at most 30 s). Dead-letter jobs come from
   * a failure on this instance (which wakes the queue) or a job expired by maintenance.
   */
  private pollingIntervalOf(queue: string) {
    const base = this.options.pollingIntervalMs;
    const period = this.schedules.get(queue);
    if (period !== undefined) return Math.max(base, Math.min(period, 30) * 1000);
    if (queue === DEAD_LETTER_QUEUE) return base * 5;
    return base;
  }

  private async runJob(job: Job, handler: JobHandler<object>) {
    const { payload, orderedRow } = job.data;
    try {
      // A head whose row is gone already finished: it was re-run after its instance died before pg-boss
      // recorded the completion, and the key's next job may be running now. A first run (pg-boss counts
      // a retry for every fetch of a job that had started before) can't have been advanced past.
      if (orderedRow === undefined || job.retryCount === 0 || (await this.ordered.isWaiting(orderedRow))) {
        const context: JobContext = { id: job.id, attempt: job.retryCount + 1, isLastAttempt: job.retryCount >= job.retryLimit };
        await withinSeconds(handler(payload, context), Number(job.expireInSeconds));
        if (orderedRow !== undefined) {
          // The key's next job is released and this one completed in one transaction (decision 046).
          const complete = (db: SqlExecutor) => this.boss.complete(job.name, job.id, {}, { db });
          this.wakeQueue((await this.ordered.advance(orderedRow, complete)).released);
          return;
        }
      }
      await this.boss.complete(job.name, job.id);
    } catch (error) {
      logger.warn("job engine: attempt failed", { queue: job.name, jobId: job.id, attempt: job.retryCount + 1, error });
      // pg-boss decides: retry after its backoff, or dead (then its dead-letter job reaches onDead).
      await this.boss.fail(job.name, job.id, { message: error instanceof Error ? error.message : String(error) });
      // On its last attempt the failure sent a dead-letter job.
      if (job.retryCount >= job.retryLimit) this.wakeQueue(DEAD_LETTER_QUEUE);
    }
  }

  /** A job used up its attempts (or expired on its last one). Its key's next job may run now. */
  private async onDead(job: Job) {
    const { queue, orderedRow } = job.data;
    logger.warn("job engine: job is dead after its last attempt", { queue, deadLetterJobId: job.id });
    try {
      if (orderedRow !== undefined) this.wakeQueue((await this.ordered.advance(orderedRow)).released);
      await this.boss.complete(job.name, job.id);
    } catch (error) {
      await this.boss.fail(job.name, job.id, { message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async sendHead(row: OrderedRow, db: SqlExecutor) {
    await this.boss.send(row.queue, { payload: row.payload, queue: row.queue, orderedRow: row.id } satisfies Envelope, {
      id: row.jobId,
      singletonKey: `job:${row.jobId}`,
      startAfter: row.startAfter ?? undefined,
      db,
      ...retryOptions(row.retryLimit, row.retryDelay),
    });
  }

  /**
   * A queue keeps the expiry it was created with (jobs take theirs from it when sent): a handler
   * registered with another timeout — a new release, or a queue first used before its handler was
   * registered — updates it for the whole cluster.
   */
  private async applyTimeout(queue: string) {
    const timeoutSeconds = this.handlers.get(queue)?.timeoutSeconds;
    if (timeoutSeconds === undefined) return;
    const stored = await this.boss.getQueue(queue);
    if (stored?.expireInSeconds === timeoutSeconds) return;
    await this.boss.updateQueue(queue, { name: queue, policy: "short", deadLetter: DEAD_LETTER_QUEUE, expireInSeconds: timeoutSeconds });
  }

  private startSchedule(queue: string, everySeconds: number) {
    const fire = () =>
      this.ensureQueue(queue)
        .then(() =>
          this.boss.send(queue, { payload: {}, queue } satisfies Envelope, {
            singletonKey: "schedule",
            singletonSeconds: everySeconds,
            retryLimit: 0,
          }),
        )
        .then((id) => id && this.runners.get(queue)?.wake())
        .catch((error: unknown) => logger.error("job engine: scheduled send failed", { queue, error }));
    void fire();
    // Twice per period, so a late timer never skips a period; the period's unique slot drops the rest.
    const timer = setInterval(() => void fire(), Math.max(500, everySeconds * 500));
    timer.unref();
    this.timers.push(timer);
  }

  private wakeQueue(queue: string | null) {
    if (queue) this.runners.get(queue)?.wake();
  }
}

/** The contract counts attempts; pg-boss counts retries after the first. */
function retryOptions(attempts: number, retryDelay: number) {
  return { retryLimit: attempts - 1, retryDelay, retryBackoff: true };
}

/** pg-boss stores delays and periods as whole seconds. */
function wholeSeconds(seconds: number) {
  return Math.max(1, Math.round(seconds));
}

async function withinSeconds<T>(work: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`job ran longer than its ${seconds} s expiry`)), Math.max(1, seconds) * 1000);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

// The embedded job engine (decision 017): jobs are rows of the Job table, so a job is durable once
// `send` resolves and survives a crash; the process that owns the SQLite database schedules them in
// memory — one process is the whole cluster here. Per orderKey one job runs at a time, in id order;
// different keys run in parallel up to each queue's concurrency. A failure is retried with
// exponential backoff and jitter; after the last attempt the job is "dead" and the next job of its
// key runs. There is no throttle: a job runs as soon as it is due and a slot is free — except that the
// jobs of a queue registered with `yieldsToAnswers` (routing) wait while webhook answers are in flight,
// up to a latency budget (decision 038): under saturation the answers go first, jobs whose wait
// reached the budget run regardless (one at a time while answers continue, each followed by a rest of
// three times its duration: decision 045), and with no answer in flight everything runs at full speed.
import "server-only";
import type { Db, RawSqlite } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { JobContext, JobEngine, JobHandler, SendOptions, WorkOptions } from "./types";

type JobRow = {
  id: number;
  queue: string;
  payload: string;
  orderKey: string | null;
  singletonKey: string | null;
  attempts: number;
  retryLimit: number;
  retryDelaySeconds: number;
  runAfter: Date;
};

type Worker = { handler: JobHandler<object>; concurrency: number; running: number; yieldsToAnswers: boolean };

/** Webhook answers in flight in this process (lib/http/answers-in-flight.mjs); tests pass their own. */
export type AnswerGauge = {
  inFlight(): number;
  /** Calls the listener whenever the count falls back to 0; returns the function that stops it. */
  onIdle(listener: () => void): () => void;
};
type PendingSend = { data: Omit<JobRow, "id" | "attempts">; resolve: (id: number) => void; reject: (error: unknown) => void };

const SELECT = {
  id: true,
  queue: true,
  payload: true,
  orderKey: true,
  singletonKey: true,
  attempts: true,
  retryLimit: true,
  retryDelaySeconds: true,
  runAfter: true,
} as const;

const DEFAULT_RETRY_LIMIT = 5;
const DEFAULT_RETRY_DELAY_SECONDS = 2;
const DEFAULT_CONCURRENCY = 4;
const DEAD_JOBS_KEPT_MS = 7 * 24 * 3_600_000;
const DEFAULT_ANSWER_BUDGET_MS = 1_500;
// Past the budget, while answers continue, a yielding job is followed by a rest of this many times its own
// duration (at most REST_CAP_MS): routing takes at most a quarter of the thread from the answers (decision 045).
const REST_FACTOR = 3;
const REST_CAP_MS = 250;

export type LocalJobEngineOptions = {
  db: Pick<Db, "job">;
  /** How often rows written by another process are looked for. */
  pollIntervalMs?: number;
  /** 0…1; tests pass a constant to make the jitter predictable. */
  random?: () => number;
  /** The clock that decides when a job is due; tests move it instead of waiting. */
  now?: () => number;
  /** While it counts answers in flight, jobs of queues that yield to answers wait (up to `answerBudgetMs`). */
  answers?: AnswerGauge;
  /** The longest a yielding job waits for answers, from when it was due. Default 1.5 s (flow lag target: p99 ≤ 2 s). */
  answerBudgetMs?: number;
};

/** The backoff before attempt `attempt + 1`: base · 2^(attempt−1), ±10 % jitter. */
export function retryDelayMs(baseSeconds: number, attempt: number, random: () => number = Math.random): number {
  return Math.round(baseSeconds * 1000 * 2 ** Math.max(0, attempt - 1) * (0.9 + 0.2 * random()));
}

export class LocalJobEngine implements JobEngine {
  readonly kind = "local" as const;
  private readonly db: Pick<Db, "job">;
  private readonly pollIntervalMs: number;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly answers: AnswerGauge | null;
  private readonly answerBudgetMs: number;
  private stopWatchingAnswers: (() => void) | null = null;
  private readonly workers = new Map<string, Worker>();
  // Every queued job this process knows of, by id ascending (ids grow in commit order).
  private queued: JobRow[] = [];
  private readonly known = new Set<number>();
  // Ids finished a moment ago: a send's INSERT can be seen by a poll before the send itself returns.
  private readonly forgotten = new Map<number, number>();
  private readonly runningKeys = new Set<string>();
  private readonly running = new Map<number, Promise<void>>();
  private readonly schedules: NodeJS.Timeout[] = [];
  private pendingSends: PendingSend[] = [];
  private finished: number[] = [];
  private maxSeenId = 0;
  private started = false;
  private stopping = false;
  private dispatchQueued = false;
  private wakeTimer: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private lastDeadPruneAt = 0;
  // While answers are in flight, no yielding job starts before this (the rest after the last one).
  private yieldingRestUntil = 0;

  constructor(options: LocalJobEngineOptions) {
    this.db = options.db;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.answers = options.answers ?? null;
    this.answerBudgetMs = options.answerBudgetMs ?? DEFAULT_ANSWER_BUDGET_MS;
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    // One process owns the database: a job still "running" was cut short by a crash or a kill, and runs again.
    await this.db.job.updateMany({ where: { state: "running" }, data: { state: "queued" } });
    await this.loadNewRows();
    this.pollTimer = setInterval(() => void this.poll(), this.pollIntervalMs);
    this.pollTimer.unref();
    // The last answer in flight is done: the jobs that waited for it start.
    this.stopWatchingAnswers = this.answers?.onIdle(() => this.requestDispatch()) ?? null;
    this.requestDispatch();
  }

  async stop({ timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<void> {
    this.stopping = true;
    this.started = false;
    for (const timer of this.schedules.splice(0)) clearInterval(timer);
    this.stopWatchingAnswers?.();
    this.stopWatchingAnswers = null;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.pollTimer = this.wakeTimer = null;
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.running.values()]),
      new Promise((resolve) => (timeout = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timeout);
    await this.flushFinished();
    // Whatever is still running stays "running" in the database and runs again on the next start.
    this.queued = [];
    this.known.clear();
    this.runningKeys.clear();
    this.maxSeenId = 0;
  }

  async work<Payload extends object>(queue: string, handler: JobHandler<Payload>, options: WorkOptions = {}): Promise<void> {
    this.workers.set(queue, {
      handler: handler as JobHandler<object>,
      concurrency: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY),
      running: 0,
      yieldsToAnswers: options.yieldsToAnswers ?? false,
    });
    this.requestDispatch();
  }

  private rowData(queue: string, payload: object, options: SendOptions): PendingSend["data"] {
    return {
      queue,
      payload: JSON.stringify(payload),
      orderKey: options.orderKey ?? null,
      singletonKey: options.singletonKey ?? null,
      retryLimit: Math.max(1, options.retryLimit ?? DEFAULT_RETRY_LIMIT),
      retryDelaySeconds: Math.max(0, options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS),
      runAfter: options.startAfter ?? new Date(this.now()),
    };
  }

  async send<Payload extends object>(queue: string, payload: Payload, options: SendOptions = {}): Promise<string | null> {
    const data = this.rowData(queue, payload, options);
    if (data.singletonKey) {
      const singletonKey = data.singletonKey;
      if (this.queued.some((row) => row.singletonKey === singletonKey && !this.isRunning(row.id))) return null;
      const waiting = await this.db.job.findFirst({ where: { singletonKey, state: "queued" }, select: { id: true } });
      if (waiting && !this.running.has(waiting.id)) return null;
    }
    // Group commit: sends of one event-loop turn share one INSERT (one SQLite commit).
    const id = await new Promise<number>((resolve, reject) => {
      this.pendingSends.push({ data, resolve, reject });
      if (this.pendingSends.length === 1) setImmediate(() => void this.flushSends());
    });
    return String(id);
  }

  /**
   * Writes jobs inside the caller's synchronous transaction on `connection` — this engine's own SQLite
   * database — so that they commit together with the caller's rows (the webhook's event and its job,
   * decision 045). Returns the function that takes them into the schedule: call it once the transaction
   * has committed, never after a rollback. No singleton check: for jobs that can't have a twin yet.
   */
  insertWithin(connection: RawSqlite, sends: { queue: string; payload: object; options?: SendOptions }[]): () => string[] {
    const insert = connection.prepare(
      `INSERT INTO "Job" ("queue", "payload", "orderKey", "singletonKey", "state", "attempts", "retryLimit", "retryDelaySeconds", "runAfter", "createdAt")
       VALUES (?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?) RETURNING "id"`,
    );
    // DateTime as Prisma's SQLite adapter writes it, so its queries read and compare these rows like its own.
    const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");
    const createdAt = sqliteTime(new Date(this.now()));
    const rows: JobRow[] = sends.map(({ queue, payload, options = {} }) => {
      const data = this.rowData(queue, payload, options);
      const [[id]] = insert
        .bind([
          data.queue,
          data.payload,
          data.orderKey,
          data.singletonKey,
          data.retryLimit,
          data.retryDelaySeconds,
          sqliteTime(data.runAfter),
          createdAt,
        ])
        .raw()
        .all() as [[number | bigint]];
      return { ...data, id: Number(id), attempts: 0 };
    });
    return () => {
      for (const row of rows) this.remember(row);
      if (rows.length > 0) this.requestDispatch();
      return rows.map((row) => String(row.id));
    };
  }

  async schedule(queue: string, everySeconds: number): Promise<void> {
    const timer = setInterval(
      () =>
        // Never two runs of one periodic queue at once, and at most one more waiting.
        void this.send(queue, {}, { singletonKey: `schedule:${queue}`, orderKey: `schedule:${queue}`, retryLimit: 1 }).catch((error) =>
          logger.error("schedule failed", { queue, error }),
        ),
      Math.max(1, everySeconds) * 1000,
    );
    timer.unref();
    this.schedules.push(timer);
  }

  /**
   * For tests and benchmarks: resolves once nothing runs and no job is due (jobs waiting for a later
   * retry don't count), after the sends and dispatches already asked for.
   */
  async settle(): Promise<void> {
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.pendingSends.length > 0 || this.dispatchQueued) continue;
      if (this.running.size > 0) {
        await Promise.allSettled([...this.running.values()]);
        continue;
      }
      this.dispatch();
      if (this.running.size === 0 && this.pendingSends.length === 0 && !this.dispatchQueued) return;
    }
  }

  private isRunning(id: number) {
    return this.running.has(id);
  }

  private async flushSends() {
    const batch = this.pendingSends.splice(0);
    if (batch.length === 0) return;
    try {
      const rows = await this.db.job.createManyAndReturn({ data: batch.map((item) => item.data), select: SELECT });
      // Ids are handed out in insertion order.
      rows.sort((a, b) => a.id - b.id);
      batch.forEach((item, index) => {
        const row = rows[index]!;
        this.remember(row);
        item.resolve(row.id);
      });
      this.requestDispatch();
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }

  private remember(row: JobRow) {
    if (this.known.has(row.id) || this.forgotten.has(row.id)) return;
    this.known.add(row.id);
    this.maxSeenId = Math.max(this.maxSeenId, row.id);
    // Almost always an append; a row another process wrote may land earlier.
    let index = this.queued.length;
    while (index > 0 && this.queued[index - 1]!.id > row.id) index -= 1;
    this.queued.splice(index, 0, row);
  }

  private async loadNewRows() {
    const rows = await this.db.job.findMany({
      where: { state: "queued", id: { gt: this.maxSeenId } },
      orderBy: { id: "asc" },
      select: SELECT,
    });
    for (const row of rows) this.remember(row);
    if (rows.length > 0) this.requestDispatch();
  }

  private async poll() {
    try {
      await this.loadNewRows();
      for (const [id, at] of this.forgotten) if (Date.now() - at > 60_000) this.forgotten.delete(id);
      if (Date.now() - this.lastDeadPruneAt > 3_600_000) {
        this.lastDeadPruneAt = Date.now();
        await this.db.job.deleteMany({ where: { state: "dead", finishedAt: { lt: new Date(Date.now() - DEAD_JOBS_KEPT_MS) } } });
      }
    } catch (error) {
      logger.error("job engine poll failed", { error });
    }
    this.requestDispatch();
  }

  private requestDispatch() {
    if (this.dispatchQueued || !this.started) return;
    this.dispatchQueued = true;
    setImmediate(() => {
      this.dispatchQueued = false;
      this.dispatch();
    });
  }

  /**
   * Starts every job that is due, first of its key, and has a free slot in its queue — but while
   * webhook answers are in flight, a job of a queue that yields to them starts only once it has been
   * due for the answer budget, and one at a time (it keeps its place: later jobs of its key still wait
   * behind it).
   */
  private dispatch() {
    if (!this.started || this.stopping) return;
    const now = this.now();
    const answering = (this.answers?.inFlight() ?? 0) > 0;
    const seenKeys = new Set<string>();
    const claimed: JobRow[] = [];
    let nextDue = Number.POSITIVE_INFINITY;
    let freeSlots = 0;
    for (const worker of this.workers.values()) freeSlots += worker.concurrency - worker.running;
    for (const row of this.queued) {
      if (freeSlots <= 0) break;
      if (this.running.has(row.id)) continue;
      const key = row.orderKey;
      // A key runs one job at a time, in id order: a later job waits for every earlier one, even one in backoff.
      const blocked = key !== null && (seenKeys.has(key) || this.runningKeys.has(key));
      if (key !== null) seenKeys.add(key);
      if (blocked) continue;
      const worker = this.workers.get(row.queue);
      if (!worker || worker.running >= worker.concurrency) continue;
      if (row.runAfter.getTime() > now) {
        nextDue = Math.min(nextDue, row.runAfter.getTime());
        continue;
      }
      if (answering && worker.yieldsToAnswers) {
        if (now - row.runAfter.getTime() < this.answerBudgetMs) {
          nextDue = Math.min(nextDue, row.runAfter.getTime() + this.answerBudgetMs);
          continue;
        }
        // Past the budget it runs — one at a time while answers are still coming, and after a rest of
        // REST_FACTOR times the last one's duration, so that a backlog past the budget takes a bounded
        // share of the thread from the answers instead of all of it (decision 045).
        if (worker.running >= 1) continue;
        if (now < this.yieldingRestUntil) {
          nextDue = Math.min(nextDue, this.yieldingRestUntil);
          continue;
        }
      }
      worker.running += 1;
      freeSlots -= 1;
      if (key !== null) this.runningKeys.add(key);
      claimed.push(row);
    }
    if (Number.isFinite(nextDue)) this.wakeAt(nextDue);
    if (claimed.length === 0) return;
    for (const row of claimed) row.attempts += 1;
    for (const row of claimed) this.running.set(row.id, this.claimAndRun(row, claimed));
  }

  // One UPDATE marks the whole dispatch pass "running" (and counts the attempt), so a job that
  // kills the process every time still runs out of attempts.
  private claimWrite: { rows: JobRow[]; done: Promise<void> } | null = null;
  private async claimAndRun(row: JobRow, pass: JobRow[]) {
    if (this.claimWrite?.rows !== pass) {
      const ids = pass.map((item) => item.id);
      this.claimWrite = {
        rows: pass,
        done: this.db.job
          .updateMany({ where: { id: { in: ids } }, data: { state: "running", attempts: { increment: 1 } } })
          .then(() => undefined),
      };
    }
    try {
      await this.claimWrite.done;
    } catch (error) {
      logger.error("job engine could not claim a job", { queue: row.queue, jobId: row.id, error });
      row.attempts -= 1;
      row.runAfter = new Date(Date.now() + 1_000);
      this.release(row);
      return;
    }
    const startedAt = this.now();
    try {
      await this.run(row);
    } catch (error) {
      logger.error("job engine could not record a job's outcome", { queue: row.queue, jobId: row.id, error });
    } finally {
      if (this.workers.get(row.queue)?.yieldsToAnswers) {
        const endedAt = this.now();
        this.yieldingRestUntil = endedAt + Math.min(REST_CAP_MS, (endedAt - startedAt) * REST_FACTOR);
      }
      this.release(row);
    }
  }

  private release(row: JobRow) {
    this.running.delete(row.id);
    const worker = this.workers.get(row.queue);
    if (worker) worker.running -= 1;
    if (row.orderKey !== null) this.runningKeys.delete(row.orderKey);
    this.requestDispatch();
  }

  private async run(row: JobRow) {
    const worker = this.workers.get(row.queue);
    if (!worker) return;
    const context: JobContext = { id: String(row.id), attempt: row.attempts, isLastAttempt: row.attempts >= row.retryLimit };
    let failure: unknown = null;
    try {
      await worker.handler(JSON.parse(row.payload) as object, context);
    } catch (error) {
      failure = error ?? new Error("job failed");
    }
    if (failure === null) {
      this.forget(row.id);
      this.finished.push(row.id);
      // Deleted in one statement per turn (stop() flushes what is left).
      if (this.finished.length === 1 && !this.stopping) setImmediate(() => void this.flushFinished());
      return;
    }
    const lastError = (failure instanceof Error ? `${failure.name}: ${failure.message}` : JSON.stringify(failure)).slice(0, 500);
    if (context.isLastAttempt) {
      logger.error("job failed for the last time", { queue: row.queue, jobId: row.id, attempt: row.attempts, error: failure });
      this.forget(row.id);
      await this.db.job.update({ where: { id: row.id }, data: { state: "dead", lastError, finishedAt: new Date() }, select: { id: true } });
      return;
    }
    logger.warn("job failed; retrying", { queue: row.queue, jobId: row.id, attempt: row.attempts, error: failure });
    row.runAfter = new Date(this.now() + retryDelayMs(row.retryDelaySeconds, row.attempts, this.random));
    await this.db.job.update({
      where: { id: row.id },
      data: { state: "queued", runAfter: row.runAfter, lastError },
      select: { id: true },
    });
  }

  private forget(id: number) {
    const index = this.queued.findIndex((row) => row.id === id);
    if (index >= 0) this.queued.splice(index, 1);
    this.known.delete(id);
    this.forgotten.set(id, Date.now());
  }

  private async flushFinished() {
    const ids = this.finished.splice(0);
    if (ids.length === 0) return;
    try {
      await this.db.job.deleteMany({ where: { id: { in: ids } } });
    } catch (error) {
      // Left "running": they run again on the next start, and handlers are idempotent.
      logger.error("job engine could not delete finished jobs", { error });
    }
  }

  private wakeAt(time: number) {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = setTimeout(
      () => {
        this.wakeTimer = null;
        this.requestDispatch();
      },
      Math.max(0, time - this.now()),
    );
    this.wakeTimer.unref();
  }
}

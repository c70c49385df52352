// The job engine's contract (issue #12). Two engines implement it: an in-process engine on the
// embedded SQLite default (durable in the database, no artificial throttle) and pg-boss on
// PostgreSQL (decisions 017 and 020). Callers — the callback routes, the agent actions, the periodic work —
// only ever see this interface, via getJobEngine() (lib/jobs/engine.ts).
//
// Design rules both engines keep:
// - Durable: `send` resolves only once the job is stored; a job survives a crash or SIGKILL of the
//   instance that stored it or was running it, and runs again (handlers are idempotent).
// - Ordered per key: jobs sent with the same `orderKey` run one at a time, in the order they were
//   sent, on whichever instance; jobs with different keys (or none) run in parallel. The message
//   engine's key for customer events is the conversation's (our number + customer number).
// - Retried with exponential backoff and jitter up to `retryLimit`; then the job is dead. A dead job
//   never blocks its key: the next job of the key runs. Whatever an admin must see about a dead job
//   (the Message log's "processing failed" rows and their Retry) is kept by the handler's own domain
//   rows (InboundEvent, Message), not read from the engine's tables.
// - Periodic work (`schedule`) fires once per cluster per period, not once per instance.
// - A handler finishes within its queue's timeout (`WorkOptions.timeoutSeconds`; pg-boss's default
//   expiry is 60 s); past it the job counts as failed and may run again elsewhere.

export type SendOptions = {
  /** Jobs with the same key run one at a time, in the order they were sent. */
  orderKey?: string;
  /** Not before this instant (retries and delayed work). */
  startAfter?: Date;
  /** Attempts in all before the job is dead. Default 5. */
  retryLimit?: number;
  /** First backoff; each further attempt waits about twice as long, with jitter. Default 2 s (whole seconds on PostgreSQL, at least 1). */
  retryDelaySeconds?: number;
  /** A job with the same singleton key that is still queued makes this send a no-op (returns null). */
  singletonKey?: string;
};

export type JobContext = {
  /** The job's id in its engine. */
  id: string;
  /** 1 on the first run. */
  attempt: number;
  /** True on the last attempt: a handler that fails now leaves the job dead. */
  isLastAttempt: boolean;
};

export type JobHandler<Payload> = (payload: Payload, context: JobContext) => Promise<void>;

export type WorkOptions = {
  /** Jobs of this queue run at most this many at a time on this instance. */
  concurrency?: number;
  /**
   * A run not finished after this long counts as failed and is retried. On PostgreSQL it is also how
   * soon the jobs a killed instance was running are run again elsewhere (plus pg-boss's maintenance
   * interval), so short jobs get a short timeout. Applies to jobs sent after the queue's handler was
   * registered on some instance. The embedded engine (one process) runs a killed process's jobs again
   * when it restarts, and ignores it.
   */
  timeoutSeconds?: number;
  /**
   * Embedded engine only (decision 038): while this process answers webhook requests, jobs of this
   * queue wait for the answers — at most the engine's answer budget — so that under saturation the
   * providers are answered first. pg-boss ignores it (instances answer and route side by side).
   */
  yieldsToAnswers?: boolean;
};

export interface JobEngine {
  readonly kind: "local" | "pg-boss";
  /** Connects, creates its tables if needed, and starts fetching jobs for the registered handlers. */
  start(): Promise<void>;
  /** Stops fetching; waits up to `timeoutMs` for running jobs (unfinished ones run again later). */
  stop(options?: { timeoutMs?: number }): Promise<void>;
  /** Registers the handler of a queue on this instance (before or after start). */
  work<Payload extends object>(queue: string, handler: JobHandler<Payload>, options?: WorkOptions): Promise<void>;
  /** Stores a job; resolves with its id once it is durable (null when a singleton already waits). */
  send<Payload extends object>(queue: string, payload: Payload, options?: SendOptions): Promise<string | null>;
  /** Sends `queue` an empty job every `everySeconds`, once per cluster. */
  schedule(queue: string, everySeconds: number): Promise<void>;
}

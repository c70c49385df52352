// One queue's fetch loop on one instance. pg-boss claims the jobs (`fetch`: FOR UPDATE SKIP LOCKED),
// retries and expires them; this loop only keeps up to `concurrency` of them running, each completed or
// failed on its own (pg-boss 10's `work()` runs a fetched batch as one unit and polls at ≥ 0.5 s, so a
// slow job would hold back the rest of its batch). It fetches again as soon as a job finishes or a
// job was sent from this instance (`wake`), and otherwise every `pollingIntervalMs`.
export type RunnerOptions<Job> = {
  concurrency: number;
  pollingIntervalMs: number;
  fetch: (count: number) => Promise<Job[]>;
  run: (job: Job) => Promise<void>;
  onError: (error: unknown) => void;
};

export class QueueRunner<Job> {
  private readonly running = new Set<Promise<void>>();
  private stopping = false;
  private wakeRequested = false;
  private interruptSleep: (() => void) | null = null;
  private loopDone: Promise<void> | null = null;

  constructor(private readonly options: RunnerOptions<Job>) {}

  start() {
    this.loopDone ??= this.loop();
  }

  /** Fetch now instead of at the next poll (a job was sent, or a slot freed up). */
  wake() {
    this.wakeRequested = true;
    this.interruptSleep?.();
  }

  /** Stops fetching, then waits up to `timeoutMs` for the jobs still running. */
  async stop(timeoutMs: number) {
    this.stopping = true;
    this.wake();
    await this.loopDone;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([Promise.allSettled([...this.running]), timeout]);
    clearTimeout(timer);
  }

  get runningCount() {
    return this.running.size;
  }

  private async loop() {
    while (!this.stopping) {
      this.wakeRequested = false;
      const free = this.options.concurrency - this.running.size;
      let fetched = 0;
      if (free > 0) {
        try {
          const jobs = await this.options.fetch(free);
          fetched = jobs.length;
          for (const job of jobs) this.track(job);
        } catch (error) {
          this.options.onError(error);
        }
      }
      // A full batch means more may be waiting: fetch again at once (or when a slot frees up).
      if (this.stopping || (fetched > 0 && fetched === free)) continue;
      await this.sleep();
    }
  }

  private track(job: Job) {
    const done: Promise<void> = this.options
      .run(job)
      .catch(this.options.onError)
      .finally(() => {
        this.running.delete(done);
        this.wake();
      });
    this.running.add(done);
  }

  private async sleep() {
    if (this.wakeRequested) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.options.pollingIntervalMs);
      this.interruptSleep = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.interruptSleep = null;
  }
}

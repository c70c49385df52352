// Per-key order on top of pg-boss (docs/decisions/020-pg-boss.md). pg-boss 10 has no strict per-key
// FIFO: its singleton/stately policies let the next job of a key overtake one waiting for a retry.
// So only the oldest job of each key (its head) is ever a pg-boss job; the rest wait here, one row per
// job, ordered by `id`. Sending and advancing take a transaction-scoped advisory lock on the key, so
// ids within a key follow the order the sends committed in and exactly one head is released at a time:
// - send: insert the row; if it is the key's only row, send its pg-boss job in the same transaction.
// - the head finished (handler succeeded, or pg-boss declared it dead and its dead-letter job arrived):
//   delete its row and send the next row's pg-boss job, in one transaction.
// A retrying head keeps its row, so the key waits for it; a dead one no longer blocks its key.
import type { Pool, PoolClient } from "pg";

export type OrderedRow = {
  id: string;
  jobId: string;
  queue: string;
  orderKey: string;
  payload: object;
  retryLimit: number;
  retryDelay: number;
  startAfter: Date | null;
  singletonKey: string | null;
};

/** pg-boss's `db` option: runs its statement on our transaction's connection. */
export type SqlExecutor = { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

type SendHead = (row: OrderedRow, db: SqlExecutor) => Promise<void>;
type HeadState = (row: OrderedRow, db: SqlExecutor) => Promise<string | null>;

const COLUMNS = `id::text AS "id", job_id AS "jobId", queue, order_key AS "orderKey", payload, retry_limit AS "retryLimit",
  retry_delay AS "retryDelay", start_after AS "startAfter", singleton_key AS "singletonKey"`;

export class OrderedKeys {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    private readonly sendHead: SendHead,
    private readonly headState: HeadState,
  ) {
    this.table = `"${schema}".ordered_job`;
  }

  /** Creates the table once per database (concurrent starts wait for each other). */
  async install() {
    await this.transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1), 0)", [`install:${this.schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.table} (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        job_id uuid NOT NULL UNIQUE,
        queue text NOT NULL,
        order_key text NOT NULL,
        payload jsonb NOT NULL,
        retry_limit integer NOT NULL,
        retry_delay integer NOT NULL,
        start_after timestamptz,
        singleton_key text,
        created_on timestamptz NOT NULL DEFAULT now()
      )`);
      await client.query(`CREATE INDEX IF NOT EXISTS ordered_job_key ON ${this.table} (queue, order_key, id)`);
      await client.query(
        `CREATE INDEX IF NOT EXISTS ordered_job_singleton ON ${this.table} (queue, singleton_key) WHERE singleton_key IS NOT NULL`,
      );
    });
  }

  /** Stores a job behind the earlier ones of its key. Null when `singletonKey` already waits. */
  async enqueue(row: Omit<OrderedRow, "id">): Promise<{ released: boolean } | null> {
    return this.transaction(async (client) => {
      const db = executor(client);
      if (row.singletonKey) {
        // Singleton lock first, key lock second, everywhere: no lock-order deadlock.
        await lock(client, `singleton:${row.queue}`, row.singletonKey);
        if (await this.singletonWaits(client, db, row.queue, row.singletonKey)) return null;
      }
      await lock(client, `order:${row.queue}`, row.orderKey);
      const inserted = await client.query<{ id: string; isHead: boolean }>(
        `WITH inserted AS (
           INSERT INTO ${this.table} (job_id, queue, order_key, payload, retry_limit, retry_delay, start_after, singleton_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
         )
         SELECT inserted.id::text AS id,
           NOT EXISTS (SELECT 1 FROM ${this.table} WHERE queue = $2 AND order_key = $3) AS "isHead"
         FROM inserted`,
        [row.jobId, row.queue, row.orderKey, row.payload, row.retryLimit, row.retryDelay, row.startAfter, row.singletonKey],
      );
      // The statement's snapshot doesn't see its own insert: "no row yet" means this one is the head.
      const first = inserted.rows[0];
      if (!first) throw new Error("ordered job insert returned no row");
      if (first.isHead) await this.sendHead({ ...row, id: first.id }, db);
      return { released: first.isHead };
    });
  }

  /** False once the row was advanced past: a re-run of a finished head must not run again. */
  async isWaiting(rowId: string): Promise<boolean> {
    const result = await this.pool.query(`SELECT 1 FROM ${this.table} WHERE id = $1`, [rowId]);
    return result.rowCount === 1;
  }

  /**
   * The head is done (succeeded or dead): drop it and release the key's next job. `advanced` is false
   * when the row was already gone; `released` is the queue of the job released, if any.
   */
  async advance(rowId: string): Promise<{ advanced: boolean; released: string | null }> {
    return this.transaction(async (client) => {
      const found = await client.query<{ queue: string; orderKey: string }>(
        `SELECT queue, order_key AS "orderKey" FROM ${this.table} WHERE id = $1`,
        [rowId],
      );
      const head = found.rows[0];
      if (!head) return { advanced: false, released: null };
      await lock(client, `order:${head.queue}`, head.orderKey);
      const deleted = await client.query(`DELETE FROM ${this.table} WHERE id = $1`, [rowId]);
      if (deleted.rowCount !== 1) return { advanced: false, released: null };
      const next = await client.query<OrderedRow>(
        // `o.id`: the bigint column; a bare `id` would sort by the text alias in COLUMNS ("10" < "9").
        `SELECT ${COLUMNS} FROM ${this.table} o WHERE queue = $1 AND order_key = $2 ORDER BY o.id LIMIT 1`,
        [head.queue, head.orderKey],
      );
      const nextRow = next.rows[0];
      if (nextRow) await this.sendHead(nextRow, executor(client));
      return { advanced: true, released: nextRow?.queue ?? null };
    });
  }

  /** The oldest row of each key: the one whose pg-boss job should be alive. */
  async heads(limit: number): Promise<Pick<OrderedRow, "id" | "jobId" | "queue">[]> {
    const result = await this.pool.query<Pick<OrderedRow, "id" | "jobId" | "queue">>(
      `SELECT id, "jobId", queue FROM (
         SELECT DISTINCT ON (queue, order_key) o.id::text AS id, job_id AS "jobId", queue
         FROM ${this.table} o ORDER BY queue, order_key, o.id
       ) heads LIMIT $1`,
      [limit],
    );
    return result.rows;
  }

  /** A row behind the head has not started; the head has not while its pg-boss job is still `created`. */
  private async singletonWaits(client: PoolClient, db: SqlExecutor, queue: string, singletonKey: string) {
    const rows = await client.query<OrderedRow & { isHead: boolean }>(
      `SELECT ${COLUMNS},
         NOT EXISTS (SELECT 1 FROM ${this.table} earlier
                     WHERE earlier.queue = o.queue AND earlier.order_key = o.order_key AND earlier.id < o.id) AS "isHead"
       FROM ${this.table} o WHERE queue = $1 AND singleton_key = $2`,
      [queue, singletonKey],
    );
    for (const row of rows.rows) {
      if (!row.isHead || (await this.headState(row, db)) === "created") return true;
    }
    return false;
  }

  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

function lock(client: PoolClient, space: string, key: string) {
  return client.query("SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))", [space, key]);
}

function executor(client: PoolClient): SqlExecutor {
  return { executeSql: (text, values) => client.query(text, values) };
}

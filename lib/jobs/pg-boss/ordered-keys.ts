// Per-key order on top of pg-boss (docs/decisions/020-pg-boss.md). pg-boss 10 has no strict per-key
// FIFO: its singleton/stately policies let the next job of a key overtake one waiting for a retry.
// So only the oldest job of each key (its head) is ever a pg-boss job; the rest wait here, one row per
// job, ordered by `id`. Sending and advancing take a transaction-scoped advisory lock on the key, so
// ids within a key follow the order the sends committed in and exactly one head is released at a time:
// - send: insert the row; if it is the key's only row, send its pg-boss job in the same transaction.
// - the head finished (handler succeeded, or pg-boss declared it dead and its dead-letter job arrived):
//   delete its row and send the next row's pg-boss job, in one transaction.
// A retrying head keeps its row, so the key waits for it; a dead one no longer blocks its key.
// Round trips are what a message costs here (decision 046): `BEGIN` travels with the transaction's first
// lock, the head's delete with the read of the next row, and the finished job's completion commits with
// the advance; statements are named (parsed once per connection).
import type { Pool, PoolClient, QueryResult, QueryResultRow } from "pg";
import { statementName } from "@/lib/db-statement-names";

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
    await this.transaction(`SELECT pg_advisory_xact_lock(hashtext('install:${this.schema}'), 0)`, async (client) => {
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
    // Singleton lock first, key lock second, everywhere: no lock-order deadlock.
    const firstLock: [string, string] = row.singletonKey
      ? [`singleton:${row.queue}`, row.singletonKey]
      : [`order:${row.queue}`, row.orderKey];
    return this.transaction(firstLock, async (client) => {
      const db = executor(client);
      if (row.singletonKey) {
        if (await this.singletonWaits(client, db, row.queue, row.singletonKey)) return null;
        await lock(client, `order:${row.queue}`, row.orderKey);
      }
      const inserted = await named<{ id: string; isHead: boolean }>(
        client,
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
    const result = await named(this.pool, `SELECT 1 FROM ${this.table} WHERE id = $1`, [rowId]);
    return result.rowCount === 1;
  }

  /**
   * The head is done (succeeded or dead): drop it and release the key's next job. `advanced` is false
   * when the row was already gone; `released` is the queue of the job released, if any. `alsoRun` joins
   * the same transaction (the finished job's completion), whether or not the row was still there.
   */
  async advance(rowId: string, alsoRun?: (db: SqlExecutor) => Promise<unknown>): Promise<{ advanced: boolean; released: string | null }> {
    if (!/^\d+$/.test(rowId)) throw new Error("ordered job row ids are integers");
    // The key's lock, taken by the statement that reads the key (BEGIN travels with it): the statements
    // after it see every row a send committed before the lock was granted.
    const lockHead = `SELECT queue, order_key AS "orderKey", pg_advisory_xact_lock(hashtext('order:' || queue), hashtext(order_key)) AS locked
       FROM ${this.table} WHERE id = ${rowId}`;
    return this.transaction(lockHead, async (client, locked) => {
      const head = locked.rows[0] as { queue: string; orderKey: string } | undefined;
      let result = { advanced: false, released: null as string | null };
      if (head) {
        // The delete's rows are not visible to the statement's own SELECT: the head is excluded by id.
        const next = await named<OrderedRow & { deleted: number }>(
          client,
          `WITH deleted AS (DELETE FROM ${this.table} WHERE id = $1 RETURNING id)
           SELECT (SELECT COUNT(*)::int FROM deleted) AS deleted, n.* FROM (SELECT 1) one
           LEFT JOIN LATERAL (
             -- \`o.id\`: the bigint column; a bare \`id\` would sort by the text alias in COLUMNS ("10" < "9").
             SELECT ${COLUMNS} FROM ${this.table} o WHERE queue = $2 AND order_key = $3 AND o.id <> $1 ORDER BY o.id LIMIT 1
           ) n ON true`,
          [rowId, head.queue, head.orderKey],
        );
        const found = next.rows[0];
        if (found && found.deleted === 1) {
          const { deleted: _deleted, ...nextRow } = found;
          if (nextRow.id !== null) await this.sendHead(nextRow, executor(client));
          result = { advanced: true, released: nextRow.id !== null ? nextRow.queue : null };
        }
      }
      if (alsoRun) await alsoRun(executor(client));
      return result;
    });
  }

  /** The oldest row of each key: the one whose pg-boss job should be alive. */
  async heads(limit: number): Promise<Pick<OrderedRow, "id" | "jobId" | "queue">[]> {
    const result = await named<Pick<OrderedRow, "id" | "jobId" | "queue">>(
      this.pool,
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
    const rows = await named<OrderedRow & { isHead: boolean }>(
      client,
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

  /**
   * Runs `work` in a transaction whose `BEGIN` travels in one round trip with its first statement: a
   * key lock (`[space, key]`), or a parameterless statement whose result `work` gets.
   */
  private async transaction<T>(
    first: [string, string] | string,
    work: (client: PoolClient, firstResult: QueryResult) => Promise<T>,
  ): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      const sql =
        typeof first === "string"
          ? first
          : `SELECT pg_advisory_xact_lock(hashtext(${literal(client, first[0])}), hashtext(${literal(client, first[1])}))`;
      // A multi-statement text (simple protocol, no parameters): one result per statement.
      const results = (await client.query(`BEGIN; ${sql}`)) as unknown as QueryResult[];
      const result = await work(client, results[1]!);
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
  return named(client, "SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))", [space, key]);
}

/** A string as an SQL literal (node-postgres's escaping, for the parameterless BEGIN round trip). */
function literal(client: PoolClient, value: string) {
  return client.escapeLiteral(value);
}

/** A parameterised statement, named so the server parses it once per connection. */
export function named<Row extends QueryResultRow = QueryResultRow>(
  client: Pick<PoolClient, "query"> | Pool,
  text: string,
  values: unknown[],
): Promise<QueryResult<Row>> {
  return (client as PoolClient).query<Row>({ name: statementName(text), text, values });
}

function executor(client: PoolClient): SqlExecutor {
  return { executeSql: (text, values) => (values && values.length > 0 ? named(client, text, values) : client.query(text)) };
}

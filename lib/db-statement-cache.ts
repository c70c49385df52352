// Prepared statements reused across queries on the embedded SQLite default (decision 035). Prisma's
// better-sqlite3 adapter prepares every statement anew (`client.prepare(sql).bind(args)`, then `run()` or
// `raw().all()`): compiling the SQL again each time cost ~6 % of the server's busy time under load, for a
// few dozen distinct statements. This wraps the connection's `prepare` with a bounded LRU of compiled
// statements keyed by their SQL, and hands the adapter a per-call view that binds the arguments for that
// call only (better-sqlite3's own `bind` binds a statement for good, so it can't be shared).
// better-sqlite3 runs statements synchronously one at a time, so a shared statement is never in use twice.

type Args = unknown[];
type RunResult = { changes: number; lastInsertRowid: number | bigint };
/** The part of a better-sqlite3 statement used here (only lib/db.ts imports the driver). */
type Statement = {
  readonly reader: boolean;
  run: (...args: Args) => RunResult;
  columns: () => { name: string; type: string | null }[];
  raw: (toggle?: boolean) => { all: (...args: Args) => unknown[] };
};

/** The part of a statement Prisma's adapter uses, with the arguments of one call. */
export type BoundStatement = {
  readonly reader: boolean;
  run: () => RunResult;
  columns: () => { name: string; type: string | null }[];
  raw: () => { all: () => unknown[] };
};

export type CachedStatement = { readonly reader: boolean; bind: (args?: Args) => BoundStatement; run: (...args: Args) => RunResult };

/** Replaces `connection.prepare` with a cached one (at most `size` statements kept); returns the cache for tests. */
export function cacheStatements(connection: { prepare: (sql: string) => unknown }, size = 500): Map<string, Statement> {
  const prepare = (connection.prepare as (sql: string) => Statement).bind(connection);
  const cache = new Map<string, Statement>();
  const compiled = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      // Most recently used last: the first entry is the one to evict.
      cache.delete(sql);
    } else {
      statement = prepare(sql);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
  connection.prepare = (sql: string): CachedStatement => {
    const statement = compiled(sql);
    return {
      reader: statement.reader,
      run: (...args) => statement.run(...args),
      bind: (args = []) => ({
        reader: statement.reader,
        run: () => statement.run(args),
        columns: () => statement.columns(),
        raw: () => ({ all: () => statement.raw(true).all(args) }),
      }),
    };
  };
  return cache;
}

// Planner statistics for SQLite, as SQLite itself recommends for long-lived connections
// (sqlite.org/lang_analyze.html#autoanalyze): `PRAGMA optimize=0x10002` when the connection opens (every
// table is checked; one never analyzed, or whose size changed a lot, is analyzed, with a bounded sample
// since SQLite 3.46), then `PRAGMA optimize` every few hours (the tables this connection has queried).
// Without statistics the planner guesses, and a guess that is fine at 100 rows can pick the wrong index at
// 100,000 (decision 043). PostgreSQL needs none of this: autovacuum analyzes tables as they change.
// Server-side only (lib/db.ts), kept apart so it is unit-tested on a plain better-sqlite3 database.

export const OPTIMIZE_EVERY_MS = 6 * 60 * 60 * 1000;

type Pragmas = { pragma: (source: string) => unknown };

/** Optimizes now and then every `everyMs`; the timer never keeps the process alive. Returns the stop. */
export function keepSqliteStatistics(connection: Pragmas, everyMs = OPTIMIZE_EVERY_MS): () => void {
  connection.pragma("optimize=0x10002");
  const timer = setInterval(() => {
    try {
      connection.pragma("optimize");
    } catch {
      // A closed or busy database: the next interval tries again; statistics are only an aid.
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

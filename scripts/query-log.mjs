// A development preload (`node --import ./scripts/query-log.mjs …`, used by scripts/explain-pages.ts): when
// QUERY_LOG names a file, every SQL statement the process runs through better-sqlite3 or node-postgres is
// appended to it as one JSON line { ms, sql, params }. Nothing happens without QUERY_LOG.
import { appendFileSync } from "node:fs";
import { createRequire } from "node:module";

const file = process.env.QUERY_LOG;
if (file) {
  const require = createRequire(import.meta.url);
  const record = (started, sql, params) =>
    appendFileSync(file, `${JSON.stringify({ ms: performance.now() - started, sql, params: params.map(String) })}\n`);

  const Database = require("better-sqlite3");
  const probe = new Database(":memory:");
  const Statement = Object.getPrototypeOf(probe.prepare("SELECT 1"));
  probe.close();
  for (const method of ["all", "get", "run"]) {
    const original = Statement[method];
    Statement[method] = function timed(...args) {
      const started = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        record(started, this.source, args.flat());
      }
    };
  }

  const pg = require("pg");
  // Prisma's adapter asks the pool (which hands the statement to a client with a callback).
  const query = pg.Pool.prototype.query;
  pg.Pool.prototype.query = function timed(config, values, callback) {
    const started = performance.now();
    const result = query.call(this, config, values, callback);
    const text = typeof config === "string" ? config : config?.text;
    const params = (Array.isArray(values) ? values : config?.values) ?? [];
    if (result && typeof result.then === "function" && text)
      result.then(
        () => record(started, text, params),
        () => {},
      );
    return result;
  };
}

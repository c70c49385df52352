// Named (prepared) statements on PostgreSQL (decision 046). node-postgres sends an unnamed statement
// as Parse + Bind + Execute every time, so the server parses and analyses the same SQL for every query;
// a named one is parsed once per connection and then only bound and executed. Prisma's pg adapter takes
// a `statementNameGenerator`, and the job engine passes `name` itself. The name is derived from the SQL
// text, so the same text gets the same name on every connection, and two texts never share one.
// node-postgres keeps a connection's named statements until the connection closes (so does the
// server): only the first MAX_NAMED distinct texts get a name, the rest stay unnamed, which bounds what
// a long-lived connection holds whatever SQL the app builds (IN lists of every length…).
import { createHash } from "node:crypto";

const MAX_NAMED = 1000;
const holder = globalThis as typeof globalThis & { __sbStatementNames?: Map<string, string> };

/**
 * A pattern match (Prisma's `contains`, the search's ILIKE): how many rows it matches depends on the pattern,
 * and so does the best plan (a rare term: the trigram index; a common one: the table's first rows).
 * PostgreSQL plans a named statement once for every value after five runs when that "generic" plan doesn't
 * look costlier than the custom ones so far: after searches for rare terms, a common term's probe read every
 * posting list of the index (18–24 ms instead of ~1.5; decision 049). Such statements stay unnamed, so each
 * run is planned with its values.
 */
const PATTERN_MATCH = /\bI?LIKE\b/i;

/**
 * The statement name of `sql`, or undefined (run it unnamed): a statement whose plan depends on a pattern's
 * selectivity, or any once MAX_NAMED texts have names.
 */
export function statementName(
  sql: string,
  names: Map<string, string> = (holder.__sbStatementNames ??= new Map<string, string>()),
): string | undefined {
  if (PATTERN_MATCH.test(sql)) return undefined;
  const known = names.get(sql);
  if (known !== undefined) return known;
  if (names.size >= MAX_NAMED) return undefined;
  const name = `sb_${createHash("sha1").update(sql).digest("base64url")}`;
  names.set(sql, name);
  return name;
}

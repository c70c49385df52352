// Text search that behaves the same on SQLite and PostgreSQL (docs/decisions/018-postgresql.md).
// Prisma's `contains` is `LIKE '%' || value || '%'` on both, without escaping `%` and `_` in the value;
// SQLite's LIKE ignores case for ASCII letters only and has no escape character, PostgreSQL's LIKE
// never ignores case (`mode: "insensitive"` = ILIKE exists only in the PostgreSQL client). So:
// - every search goes through containsText (a lint rule refuses a bare `contains:` in lib/), which
//   escapes `%`, `_` and `\` and asks PostgreSQL for ILIKE;
// - lib/db.ts replaces SQLite's like() with sqliteLike below, which ignores case for every alphabet and
//   treats `\` as the escape character, as PostgreSQL does.
import { getEnv } from "@/lib/env";

export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * "Contains `value`, ignoring case" on either database, for any String or String? field: "émile" finds
 * "Émile", "ｶﾀｶﾅ" only itself (no width folding on either), and `%`, `_` are plain characters.
 */
export function containsText(value: string): { contains: string } {
  const contains = escapeLike(value);
  // The canonical (SQLite) filter type has no `mode`; the PostgreSQL client reads it.
  return getEnv().databaseProvider === "postgresql" ? ({ contains, mode: "insensitive" } as { contains: string }) : { contains };
}

const patterns = new Map<string, RegExp>();

function likeRegExp(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (regex) return regex;
  let source = "";
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] as string;
    if (char === "\\" && i + 1 < pattern.length) source += escapeRegExp(pattern[(i += 1)] as string);
    else if (char === "%") source += "[\\s\\S]*";
    else if (char === "_") source += "[\\s\\S]";
    else source += escapeRegExp(char);
  }
  regex = new RegExp(`^${source}$`, "iu");
  // Search terms repeat (paging, typing); a small cache is plenty and can't grow without bound.
  if (patterns.size >= 200) patterns.clear();
  patterns.set(pattern, regex);
  return regex;
}

function escapeRegExp(char: string) {
  // Only the characters the u flag lets a backslash escape ("-" is literal outside a class and `\-` throws).
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

/**
 * SQLite's `X LIKE Y` calls like(Y, X): Y is the pattern. Case-insensitive for all of Unicode (like
 * PostgreSQL's ILIKE on a UTF-8 database), `%` any run, `_` one character, `\` escapes the next one.
 * Registered on every SQLite connection by lib/db.ts.
 */
export function sqliteLike(pattern: unknown, value: unknown): number | null {
  const patternText = asText(pattern);
  const valueText = asText(value);
  if (patternText === null || valueText === null) return null;
  return likeRegExp(patternText).test(valueText) ? 1 : 0;
}

/** SQLite hands a function TEXT, INTEGER/REAL, BLOB or NULL; LIKE compares their text. */
function asText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (Buffer.isBuffer(value)) return value.toString("utf8");
  return null;
}

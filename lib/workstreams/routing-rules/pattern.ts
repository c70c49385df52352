// "Message text matches the pattern": patterns come from admins but run on customers' text, so they
// run on RE2 (re2js, pure JavaScript), whose matching time is linear in the text whatever the
// pattern. A backtracking engine can take exponential time: `^(\w+\s?)+$` and a 28-character SMS
// blocked the server for 8 s. RE2 has no backreferences or lookaround; such patterns are refused
// when a rule is saved, naming the construct (docs/decisions/011-routing-regex-engine.md).
import { RE2JS } from "re2js";

/** Longest value of a condition, patterns included. */
export const MAX_CONDITION_VALUE_LENGTH = 500;

export type PatternProblem = "backreference" | "lookahead" | "lookbehind" | "invalid";

const patternCache = new Map<string, RE2JS | null>();

/**
 * Case-insensitive and Unicode-aware ("." and classes see whole emoji), in RE2 syntax; JavaScript
 * escapes such as \u00e9 and named groups (?<name>…) are translated. A pattern that can't be
 * compiled yields null: it never matches and never throws; the schema reports it when saved.
 */
export function compilePattern(source: string): RE2JS | null {
  if (!patternCache.has(source)) {
    let pattern: RE2JS | null = null;
    if (source !== "" && source.length <= MAX_CONDITION_VALUE_LENGTH && findUnsupportedConstruct(source) === null) {
      try {
        pattern = RE2JS.compile(RE2JS.translateRegExp(source), RE2JS.CASE_INSENSITIVE);
      } catch {
        pattern = null;
      }
    }
    if (patternCache.size > 500) patternCache.clear(); // bounded: patterns come from admin input
    patternCache.set(source, pattern);
  }
  return patternCache.get(source) ?? null;
}

/** What is wrong with a pattern, null when it can be used. */
export function checkPattern(source: string): PatternProblem | null {
  return findUnsupportedConstruct(source) ?? (compilePattern(source) === null ? "invalid" : null);
}

/**
 * The first construct RE2 can't run, found before compiling so the message can name it: its own
 * error for a lookbehind is "invalid named capture". Escapes and character classes are skipped,
 * so `[(?=]` and `\(?=` are plain characters.
 */
export function findUnsupportedConstruct(source: string): Exclude<PatternProblem, "invalid"> | null {
  let isInClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === "\\") {
      const next = source[index + 1] ?? "";
      if (!isInClass && (/[1-9]/.test(next) || (next === "k" && source[index + 2] === "<"))) return "backreference";
      index++;
    } else if (isInClass) {
      if (char === "]") isInClass = false;
    } else if (char === "[") {
      isInClass = true;
    } else if (char === "(" && source[index + 1] === "?") {
      const marker = source.slice(index + 2, index + 4);
      if (marker.startsWith("=") || marker.startsWith("!")) return "lookahead";
      if (marker === "<=" || marker === "<!") return "lookbehind";
    }
  }
  return null;
}

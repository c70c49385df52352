// SQLite's replacement LIKE (lib/db.ts registers it) against the behaviour of PostgreSQL's ILIKE, and the
// filter containsText builds. The same searches run on both databases in lib/queues/queue-names.test.ts.
import { describe, expect, it } from "vitest";
import { sqliteLike } from "./db-text";

describe("sqliteLike", () => {
  it("ignores case in every alphabet, as ILIKE does on a UTF-8 database", () => {
    expect(sqliteLike("%escalation%", "Escalations")).toBe(1);
    expect(sqliteLike("%émile%", "ÉMILE's team")).toBe(1);
    expect(sqliteLike("%ωmega%", "ΩMEGA")).toBe(1);
    expect(sqliteLike("%サポート%", "顧客サポート")).toBe(1);
    expect(sqliteLike("%support%", "Sales")).toBe(0);
  });

  it("takes every printable ASCII character literally, as searches for e-mail addresses and numbers need", () => {
    // "-" once became the escape "\-", which a Unicode regular expression refuses: every search with a hyphen failed.
    expect(sqliteLike("%agent-7f3a@example.com%", "Agent-7F3A@example.com")).toBe(1);
    expect(sqliteLike("%+1 (425) 555-0142%", "call +1 (425) 555-0142 now")).toBe(1);
    const printable = Array.from({ length: 95 }, (_, n) => String.fromCharCode(32 + n)).filter((char) => !"%_\\".includes(char));
    for (const char of printable) expect(sqliteLike(`%a${char}b%`, `xA${char}Bx`), char).toBe(1);
  });

  it("reads % as any run, _ as one character and \\ as the escape, across line breaks", () => {
    expect(sqliteLike("a%c", "a\nb\nc")).toBe(1);
    expect(sqliteLike("a_c", "abc")).toBe(1);
    expect(sqliteLike("a_c", "ac")).toBe(0);
    expect(sqliteLike("%100\\%%", "100% callbacks")).toBe(1);
    expect(sqliteLike("%100\\%%", "1000 callbacks")).toBe(0);
    expect(sqliteLike("night\\_shift", "nightXshift")).toBe(0);
    expect(sqliteLike("%a\\\\b%", "a\\b")).toBe(1);
    // Regular-expression characters are plain text.
    expect(sqliteLike("%(1+1)*[x]%", "sum (1+1)*[x]")).toBe(1);
  });

  it("is NULL when either side is NULL and compares numbers and blobs as text", () => {
    expect(sqliteLike("%x%", null)).toBeNull();
    expect(sqliteLike(null, "x")).toBeNull();
    expect(sqliteLike("%55%", 1555)).toBe(1);
    expect(sqliteLike("%ab%", Buffer.from("xaby"))).toBe(1);
  });
});

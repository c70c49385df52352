import { describe, expect, it } from "vitest";
import { statementName } from "./db-statement-names";

describe("statementName", () => {
  it("names the same SQL the same way and different SQL differently", () => {
    const names = new Map<string, string>();
    const a = statementName("SELECT 1 WHERE $1 = 1", names);
    expect(a).toMatch(/^sb_[\w-]+$/);
    expect(statementName("SELECT 1 WHERE $1 = 1", names)).toBe(a);
    expect(statementName("SELECT 2 WHERE $1 = 1", names)).not.toBe(a);
  });

  it("leaves pattern matches unnamed, so each run is planned with its pattern", () => {
    const names = new Map<string, string>();
    expect(statementName(`SELECT "id" FROM "Message" WHERE "body" ILIKE $1 LIMIT $2`, names)).toBeUndefined();
    expect(statementName(`SELECT "id" FROM "User" WHERE ("name"::text ilike $1)`, names)).toBeUndefined();
    expect(statementName(`SELECT "id" FROM "User" WHERE "email" LIKE $1`, names)).toBeUndefined();
    expect(names.size).toBe(0);
    // A word that merely contains the letters is not a pattern match.
    expect(statementName(`SELECT "unlikely" FROM "Flag" WHERE "likes" = $1`, names)).toBeDefined();
  });

  it("leaves statements unnamed once 1,000 texts have names, and keeps naming the known ones", () => {
    const names = new Map<string, string>();
    for (let index = 0; index < 1000; index += 1) expect(statementName(`SELECT ${index}`, names)).toBeDefined();
    expect(statementName("SELECT 'one too many'", names)).toBeUndefined();
    expect(statementName("SELECT 7", names)).toBe(names.get("SELECT 7"));
    expect(names.size).toBe(1000);
  });
});

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

  it("leaves statements unnamed once 1,000 texts have names, and keeps naming the known ones", () => {
    const names = new Map<string, string>();
    for (let index = 0; index < 1000; index += 1) expect(statementName(`SELECT ${index}`, names)).toBeDefined();
    expect(statementName("SELECT 'one too many'", names)).toBeUndefined();
    expect(statementName("SELECT 7", names)).toBe(names.get("SELECT 7"));
    expect(names.size).toBe(1000);
  });
});

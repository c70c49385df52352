import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { keepSqliteStatistics } from "./db-statistics";

afterEach(() => void vi.useRealTimers());

function databaseWithRows(rows: number) {
  const database = new Database(":memory:");
  database.exec('CREATE TABLE "Item" ("id" INTEGER PRIMARY KEY, "kind" TEXT); CREATE INDEX "Item_kind_idx" ON "Item" ("kind");');
  const insert = database.prepare('INSERT INTO "Item" ("kind") VALUES (?)');
  for (let index = 0; index < rows; index++) insert.run(`kind-${index % 40}`);
  return database;
}
const statistics = (database: Database.Database) => database.prepare("SELECT tbl, idx, stat FROM sqlite_stat1").all();

describe("keepSqliteStatistics", () => {
  it("analyzes a table that was never analyzed when the connection opens", () => {
    const database = databaseWithRows(4_000);
    expect(() => statistics(database)).toThrow(/no such table/);
    const stop = keepSqliteStatistics(database);
    stop();
    expect(statistics(database)).toEqual([{ tbl: "Item", idx: "Item_kind_idx", stat: "4000 100" }]);
  });

  it("optimizes again on each interval, and not after stop", () => {
    vi.useFakeTimers();
    const database = databaseWithRows(10);
    const pragma = vi.spyOn(database, "pragma");
    const stop = keepSqliteStatistics(database, 1_000);
    expect(pragma.mock.calls).toEqual([["optimize=0x10002"]]);
    vi.advanceTimersByTime(2_000);
    expect(pragma.mock.calls).toEqual([["optimize=0x10002"], ["optimize"], ["optimize"]]);
    stop();
    vi.advanceTimersByTime(5_000);
    expect(pragma).toHaveBeenCalledTimes(3);
  });
});

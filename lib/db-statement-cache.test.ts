// The statement cache under Prisma's SQLite adapter: a statement is compiled once and reused with each
// call's own arguments, readers and writers answer as before, and the cache stays bounded.
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheStatements, type CachedStatement } from "./db-statement-cache";

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function connection() {
  const db = new Database(":memory:");
  open.push(db);
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)`);
  return db;
}

describe("cacheStatements", () => {
  it("compiles a statement once and runs it with each call's own arguments", () => {
    const db = connection();
    const prepare = vi.spyOn(db, "prepare");
    cacheStatements(db);
    const prepared = () => db.prepare(`INSERT INTO t (name) VALUES (?) RETURNING id, name`) as unknown as CachedStatement;

    const first = prepared().bind(["a"]);
    expect(first.reader).toBe(true);
    expect(first.columns().map((column) => column.name)).toEqual(["id", "name"]);
    expect(first.raw().all()).toEqual([[1, "a"]]);
    expect(prepared().bind(["b"]).raw().all()).toEqual([[2, "b"]]);

    const select = (db.prepare(`SELECT name FROM t WHERE id = ?`) as unknown as CachedStatement).bind([2]);
    expect(select.raw().all()).toEqual([["b"]]);
    const update = (db.prepare(`UPDATE t SET name = ? WHERE id = ?`) as unknown as CachedStatement).bind(["c", 1]);
    expect(update.reader).toBe(false);
    expect(update.run().changes).toBe(1);
    expect((db.prepare(`SELECT name FROM t WHERE id = ?`) as unknown as CachedStatement).bind([1]).raw().all()).toEqual([["c"]]);
    // Three distinct SQL texts, each compiled once.
    expect(prepare).toHaveBeenCalledTimes(3);
  });

  it("runs statements without arguments (BEGIN, COMMIT) repeatedly", () => {
    const db = connection();
    cacheStatements(db);
    for (const name of ["x", "y"]) {
      (db.prepare("BEGIN") as unknown as CachedStatement).run();
      (db.prepare(`INSERT INTO t (name) VALUES (?)`) as unknown as CachedStatement).bind([name]).run();
      (db.prepare("COMMIT") as unknown as CachedStatement).run();
    }
    expect(db.inTransaction).toBe(false);
    expect((db.prepare(`SELECT COUNT(*) FROM t`) as unknown as CachedStatement).bind().raw().all()).toEqual([[2]]);
  });

  it("keeps at most `size` statements, evicting the least recently used", () => {
    const db = connection();
    const cache = cacheStatements(db, 2);
    const use = (sql: string) => (db.prepare(sql) as unknown as CachedStatement).bind().raw().all();
    use("SELECT 1");
    use("SELECT 2");
    use("SELECT 1");
    use("SELECT 3");
    expect([...cache.keys()]).toEqual(["SELECT 1", "SELECT 3"]);
  });
});

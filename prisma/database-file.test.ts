import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { assertDatabaseFileUsable, databaseFileProblem } from "./database-file.mjs";

const scratch = mkdtempSync(join(tmpdir(), "switchboard-db-check-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("databaseFileProblem", () => {
  it("accepts a new file in an existing or creatable folder (and creates the folder)", () => {
    expect(databaseFileProblem(join(scratch, "fresh.db"))).toBeNull();
    expect(databaseFileProblem(join(scratch, "new", "folder", "app.db"))).toBeNull();
  });

  it("accepts an existing SQLite database and an empty file", () => {
    const file = join(scratch, "real.db");
    new Database(file).exec("CREATE TABLE t (x)");
    expect(databaseFileProblem(file)).toBeNull();
    writeFileSync(join(scratch, "empty.db"), "");
    expect(databaseFileProblem(join(scratch, "empty.db"))).toBeNull();
  });

  it("refuses kernel file systems, naming the path", () => {
    expect(databaseFileProblem("/proc/self/status")).toBe(
      "/proc/self/status is on /proc, a kernel file system, not a place for a database file",
    );
    expect(databaseFileProblem("/proc/kmsg")).toMatch(/^\/proc\/kmsg is on \/proc/);
    expect(databaseFileProblem("/sys/switchboard.db")).toMatch(/^\/sys\/switchboard\.db is on \/sys/);
    expect(databaseFileProblem("/dev/null")).toMatch(/is on \/dev/);
  });

  it("refuses a folder in place of the file", () => {
    mkdirSync(join(scratch, "a-folder.db"));
    expect(databaseFileProblem(join(scratch, "a-folder.db"))).toBe(`${join(scratch, "a-folder.db")} is not a regular file`);
  });

  it("says when the folder can't be created", () => {
    writeFileSync(join(scratch, "plain.txt"), "x");
    expect(databaseFileProblem(join(scratch, "plain.txt", "sub", "app.db"))).toBe(
      `the folder ${join(scratch, "plain.txt", "sub")} does not exist and can't be created (part of the path is a file, not a folder)`,
    );
  });

  it("says when the folder or the file is not writable", () => {
    const denied = (denyPath: string) => (path: string) => {
      if (path === denyPath) throw Object.assign(new Error("EACCES"), { code: "EACCES" });
    };
    expect(databaseFileProblem(join(scratch, "locked.db"), { access: denied(scratch) })).toBe(
      `the folder ${scratch} is not writable (permission denied)`,
    );
    writeFileSync(join(scratch, "readonly.db"), "");
    expect(databaseFileProblem(join(scratch, "readonly.db"), { access: denied(join(scratch, "readonly.db")) })).toBe(
      `${join(scratch, "readonly.db")} is not readable and writable (permission denied)`,
    );
  });

  it("refuses a file that is not an SQLite database", () => {
    writeFileSync(join(scratch, "notes.db"), "hello, not a database");
    expect(databaseFileProblem(join(scratch, "notes.db"))).toBe(`${join(scratch, "notes.db")} is not an SQLite database`);
  });

  it("throws one line starting with the variable name", () => {
    expect(() => assertDatabaseFileUsable("/proc/switchboard.db")).toThrow(/^DATABASE_URL: \/proc\/switchboard\.db is on \/proc/);
  });
});

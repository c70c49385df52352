import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InvalidEnvironmentError, loadEncryptionKeys, loadEnv } from "./load";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("loadEncryptionKeys", () => {
  it("generates a local key once, with a warning, and reuses it", () => {
    const dir = mkdtempSync(join(tmpdir(), "sb-env-"));
    dirs.push(dir);
    const env = loadEnv({ DATABASE_URL: `file:${join(dir, "data/switchboard.db")}` });
    const warn = vi.fn();
    const [first] = loadEncryptionKeys(env, dir, warn);
    const [second] = loadEncryptionKeys(env, dir, warn);
    expect(first?.length).toBe(32);
    expect(second?.equals(first as Buffer)).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/APP_ENCRYPTION_KEY is not set/);
    const file = join(dir, "data/encryption.key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(warn.mock.calls[0]?.[0]).not.toContain(readFileSync(file, "utf8").trim());
  });

  it("puts the configured key first and previous keys after it", () => {
    const current = Buffer.alloc(32, 1);
    const old = Buffer.alloc(32, 2);
    const env = loadEnv({ APP_ENCRYPTION_KEY: current.toString("base64"), APP_ENCRYPTION_KEY_PREVIOUS: old.toString("base64") });
    expect(loadEncryptionKeys(env, "/nonexistent").map((key) => key.toString("hex"))).toEqual([
      current.toString("hex"),
      old.toString("hex"),
    ]);
  });
});

describe("loadEnv", () => {
  it("throws one problem per bad variable", () => {
    try {
      loadEnv({ PORT: "abc", PUBLIC_BASE_URL: "nope" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidEnvironmentError);
      expect((error as InvalidEnvironmentError).problems).toHaveLength(2);
    }
  });
});

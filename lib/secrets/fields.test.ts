// The data-layer encryption, against a real migrated SQLite database through Prisma.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/prisma/migration-engine.mjs";
import { isSealed, sealSecret } from "./cipher";
import { openResult, sealArgs } from "./fields";
import { createEncryptedClient } from "./prisma-extension";

const keys = [randomBytes(32)];

describe("sealArgs / openResult", () => {
  it("seals declared fields of writes only, including upsert branches and { set } updates", () => {
    const args = sealArgs(
      "upsert",
      { where: { id: "1" }, create: { token: "abc", name: "n" }, update: { token: { set: "def" } } },
      ["token"],
      keys,
    ) as {
      create: { token: string; name: string };
      update: { token: string };
    };
    expect(isSealed(args.create.token)).toBe(true);
    expect(args.create.name).toBe("n");
    expect(isSealed(args.update.token)).toBe(true);
    expect(sealArgs("findMany", { where: { token: "abc" } }, ["token"], keys)).toEqual({ where: { token: "abc" } });
  });

  it("opens sealed fields anywhere in a result, leaving others alone", () => {
    const sealed = sealSecret("secret", keys);
    const result = openResult({ id: "a", token: sealed, nested: [{ token: sealed, other: sealed }] }, new Set(["token"]), keys);
    expect(result).toEqual({ id: "a", token: "secret", nested: [{ token: "secret", other: sealed }] });
  });
});

describe("encrypted Prisma client", () => {
  let dir: string;
  let client: ReturnType<typeof createEncryptedClient>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sb-fields-"));
    const databaseUrl = `file:${join(dir, "test.db")}`;
    await applyMigrations({ databaseUrl, migrationsDir: "prisma/migrations" });
    // The user's name stands in for a secret column: the mechanism is what is under test.
    client = createEncryptedClient(
      new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseUrl }) }),
      { User: ["name"] },
      () => keys,
    );
  });

  afterAll(async () => {
    await client.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores ciphertext and returns plaintext", async () => {
    const created = await client.user.create({
      data: { email: "a@example.com", name: "Top Secret", passwordHash: "x", role: "VIEWER" },
      select: { id: true, name: true },
    });
    expect(created.name).toBe("Top Secret");

    const raw = new Database(join(dir, "test.db"), { readonly: true });
    const row = raw.prepare('SELECT name FROM "User" WHERE id = ?').get(created.id) as { name: string };
    raw.close();
    expect(row.name.startsWith("v1:")).toBe(true);
    expect(row.name).not.toContain("Top Secret");

    await client.user.update({ where: { id: created.id }, data: { name: "Still Secret" } });
    const found = await client.user.findUniqueOrThrow({ where: { id: created.id }, select: { name: true } });
    expect(found.name).toBe("Still Secret");
  });
});

// lib/db.ts hands out the PostgreSQL client as the SQLite client's type (one cast). That is sound only
// while both generated clients describe the same models: this checks, at type level, that every model's
// fields and their types are identical in the two (a schema change that made them differ would fail
// `npm run typecheck` here), and that DATABASE_URL's scheme picks the adapter.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Prisma as Sqlite } from "@/lib/generated/prisma/client";
import type { Prisma as Postgres } from "@/lib/generated/prisma-postgresql/client";
import { databaseProvider } from "@/prisma/providers.mjs";

type Models<M> = { [K in keyof M]: M[K] extends { payload: { scalars: infer S } } ? S : never };
type SqliteModels = Models<Sqlite.TypeMap["model"]>;
type PostgresModels = Models<Postgres.TypeMap["model"]>;

describe("the two generated clients", () => {
  it("describe the same models with the same field types", () => {
    expectTypeOf<PostgresModels>().toEqualTypeOf<SqliteModels>();
    expectTypeOf<Postgres.ModelName>().toEqualTypeOf<Sqlite.ModelName>();
    // A runtime witness too, so the test asserts something when run (the type checks above run in tsc).
    const names: Sqlite.ModelName[] = ["User", "Queue", "Conversation", "Message"];
    expect(names).toHaveLength(4);
  });
});

describe("databaseProvider", () => {
  it("reads the database from DATABASE_URL's scheme", () => {
    expect(databaseProvider("file:./data/switchboard.db")).toBe("sqlite");
    expect(databaseProvider("postgresql://sb:pw@db:5432/switchboard")).toBe("postgresql");
    expect(databaseProvider("postgres://sb@db/switchboard?sslmode=require")).toBe("postgresql");
    expect(databaseProvider("mysql://db/switchboard")).toBeNull();
    expect(databaseProvider("file:")).toBeNull();
  });
});

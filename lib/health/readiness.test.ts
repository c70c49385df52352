import { describe, expect, it, vi } from "vitest";
import { createReadinessCheck, pendingMigrations, type JobEngineState, type ReadinessProbes } from "./readiness";

function probes(overrides: Partial<ReadinessProbes> = {}): ReadinessProbes {
  return {
    pingDatabase: async () => {},
    appliedMigrations: async () => ["20260101_init", "20260201_more"],
    shippedMigrations: async () => ["20260101_init", "20260201_more"],
    jobEngineState: () => "started",
    ...overrides,
  };
}

describe("pendingMigrations", () => {
  it("lists the shipped migrations the database has not applied, in order", () => {
    expect(pendingMigrations(["a", "b", "c"], ["a"])).toEqual(["b", "c"]);
    expect(pendingMigrations(["a"], ["a", "older-build-only"])).toEqual([]);
  });
});

describe("createReadinessCheck", () => {
  it("is ready when the database answers, every migration is applied and the job engine started", async () => {
    expect(await createReadinessCheck(probes())()).toEqual({ ready: true });
  });

  it("is not ready while the database does not answer, without passing the error on", async () => {
    const check = createReadinessCheck(
      probes({ pingDatabase: () => Promise.reject(new Error("connect ECONNREFUSED postgresql://sb:secret@db/sb")) }),
    );
    const result = await check();
    expect(result).toMatchObject({ ready: false, reason: "database-unreachable" });
    expect(JSON.stringify(result)).not.toContain("secret");
  });

  it("is not ready while a shipped migration is missing, and names the release step", async () => {
    const result = await createReadinessCheck(probes({ appliedMigrations: async () => ["20260101_init"] }))();
    expect(result).toEqual({ ready: false, reason: "migrations-pending", detail: expect.stringContaining("npm run db:migrate") });
  });

  it("reads an unmigrated database (no migrations table) as migrations pending", async () => {
    const result = await createReadinessCheck(probes({ appliedMigrations: () => Promise.reject(new Error("no such table")) }))();
    expect(result).toMatchObject({ ready: false, reason: "migrations-pending" });
  });

  it("checks the migrations until they are applied, then no more", async () => {
    let applied = ["20260101_init"];
    const appliedMigrations = vi.fn(async () => applied);
    const check = createReadinessCheck(probes({ appliedMigrations }));
    expect(await check()).toMatchObject({ reason: "migrations-pending" });
    applied = ["20260101_init", "20260201_more"];
    expect(await check()).toEqual({ ready: true });
    expect(await check()).toEqual({ ready: true });
    expect(appliedMigrations).toHaveBeenCalledTimes(2);
  });

  it("still pings the database on every check after the migrations are confirmed", async () => {
    let up = true;
    const check = createReadinessCheck(probes({ pingDatabase: async () => (up ? undefined : Promise.reject(new Error("down"))) }));
    expect(await check()).toEqual({ ready: true });
    up = false;
    expect(await check()).toMatchObject({ reason: "database-unreachable" });
  });

  it("follows the job engine: starting, then started, or failed", async () => {
    let state: JobEngineState = "starting";
    const check = createReadinessCheck(probes({ jobEngineState: () => state }));
    expect(await check()).toMatchObject({ ready: false, reason: "job-engine-starting" });
    state = "started";
    expect(await check()).toEqual({ ready: true });
    state = "failed";
    expect(await check()).toMatchObject({ ready: false, reason: "job-engine-failed" });
  });
});

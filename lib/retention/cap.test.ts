// The cap without a count: the pure loop, then the webhook-failure table on the real database (both
// databases, vitest.config.ts): which rows go, ties on lastSeenAt, and that the newest-first order the
// boundary query walks is served by an index (no sort of the table).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseProvider } from "@/lib/testing/test-database";
import { deleteBeyondNewest } from "./cap";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { capWebhookFailures } = await import("@/lib/callbacks/failures");
afterAll(() => testDatabase.drop());

describe("deleteBeyondNewest", () => {
  it("asks only for the row past the newest `keep` and deletes nothing when there is none", async () => {
    const offsets: number[] = [];
    const deleted = await deleteBeyondNewest<number>({
      keep: 3,
      findNewestAt: (offset) => (offsets.push(offset), Promise.resolve(null)),
      findIdsFrom: () => Promise.reject(new Error("not reached")),
      deleteIds: () => Promise.reject(new Error("not reached")),
    });
    expect(deleted).toBe(0);
    expect(offsets).toEqual([3]);
  });

  it("deletes the boundary row and everything older, in batches", async () => {
    let rows = [10, 9, 8, 7, 6, 5, 4]; // newest first
    const deleted = await deleteBeyondNewest<number>({
      keep: 2,
      findNewestAt: (offset) => Promise.resolve(rows[offset] ?? null),
      findIdsFrom: (boundary, take) =>
        Promise.resolve(
          rows
            .filter((row) => row <= boundary)
            .reverse()
            .slice(0, take)
            .map(String),
        ),
      deleteIds: (ids) => {
        rows = rows.filter((row) => !ids.includes(String(row)));
        return Promise.resolve(ids.length);
      },
      batchSize: 2,
    });
    expect(deleted).toBe(5);
    expect(rows).toEqual([10, 9]);
  });
});

describe("capWebhookFailures", () => {
  beforeEach(() => db.webhookFailure.deleteMany());
  const seen = (minute: number) => new Date(Date.UTC(2026, 11, 1, 12, minute));
  const add = (rows: { key: string; minute: number }[]) =>
    db.webhookFailure.createMany({
      data: rows.map(({ key, minute }) => ({
        groupKey: key,
        provider: "TWILIO" as const,
        outcome: "rejected",
        reason: "invalidSignature",
        path: "/api/webhooks/twilio/abcd…",
        lastSeenAt: seen(minute),
      })),
    });
  const remaining = async () =>
    (await db.webhookFailure.findMany({ orderBy: { groupKey: "asc" }, select: { groupKey: true } })).map((row) => row.groupKey);

  it("keeps the most recently seen rows and deletes the rest, whatever order they were written in", async () => {
    await add([
      { key: "c", minute: 3 },
      { key: "a", minute: 1 },
      { key: "e", minute: 5 },
      { key: "b", minute: 2 },
      { key: "d", minute: 4 },
    ]);
    expect(await capWebhookFailures(3)).toBe(2);
    expect(await remaining()).toEqual(["c", "d", "e"]);
    expect(await capWebhookFailures(3)).toBe(0);
    expect(await capWebhookFailures(10)).toBe(0);
    expect(await remaining()).toEqual(["c", "d", "e"]);
  });

  it("splits rows seen at the same moment by id, so exactly `maxRows` stay", async () => {
    await add(["p", "q", "r", "s"].map((key) => ({ key, minute: 7 })));
    await add([{ key: "t", minute: 8 }]);
    expect(await capWebhookFailures(2)).toBe(3);
    const kept = await db.webhookFailure.findMany({ select: { groupKey: true, lastSeenAt: true } });
    expect(kept).toHaveLength(2);
    expect(kept.map((row) => row.groupKey)).toContain("t");
  });

  it("walks the newest-first order on an index, not by sorting the table", async () => {
    const query = 'SELECT "id" FROM "WebhookFailure" ORDER BY "lastSeenAt" DESC, "id" DESC LIMIT 1 OFFSET 3';
    if (testDatabaseProvider() === "sqlite") {
      const plan = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${query}`);
      const text = plan.map((row) => row.detail).join("\n");
      expect(text).toContain("WebhookFailure_lastSeenAt_id_idx");
      expect(text).not.toContain("TEMP B-TREE");
    } else {
      // An empty table would be read sequentially anyway: forbid that so the planner shows what it can use.
      const plan = await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${query}`);
      });
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).toContain("WebhookFailure_lastSeenAt_id_idx");
      expect(text).not.toMatch(/\bSort\b/);
    }
  });
});

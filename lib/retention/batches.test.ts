import { describe, expect, it } from "vitest";
import { deleteInBatches, retentionCutoff } from "./batches";

/** An in-memory table of ids with an age in days, oldest first, standing in for a Prisma model. */
function table(ages: number[]) {
  let rows = ages.map((age, index) => ({ id: `r${index}`, age }));
  const calls: number[] = [];
  return {
    olderThan: (days: number) => (take: number) => {
      calls.push(take);
      return Promise.resolve(
        rows
          .filter((row) => row.age > days)
          .slice(0, take)
          .map((row) => row.id),
      );
    },
    deleteIds: (ids: string[]) => {
      const before = rows.length;
      rows = rows.filter((row) => !ids.includes(row.id));
      return Promise.resolve(before - rows.length);
    },
    remaining: () => rows.map((row) => row.age),
    calls,
  };
}

describe("retentionCutoff", () => {
  it("is the given number of days before now", () => {
    expect(retentionCutoff(new Date("2026-03-31T12:00:00Z"), 30).toISOString()).toBe("2026-03-01T12:00:00.000Z");
  });
});

describe("deleteInBatches", () => {
  it("deletes every expired record in batches and keeps the recent ones", async () => {
    const records = table([...Array<number>(25).fill(40), ...Array<number>(5).fill(10)]);
    expect(await deleteInBatches({ findIds: records.olderThan(30), deleteIds: records.deleteIds, batchSize: 10 })).toBe(25);
    expect(records.remaining()).toEqual(Array<number>(5).fill(10));
    // 10 + 10 + 5: the short batch ends the run without another query.
    expect(records.calls).toEqual([10, 10, 10]);
  });

  it("stops after maxBatches so one pass never runs long; the next pass goes on", async () => {
    const records = table(Array<number>(50).fill(40));
    expect(await deleteInBatches({ findIds: records.olderThan(30), deleteIds: records.deleteIds, batchSize: 10, maxBatches: 2 })).toBe(20);
    expect(records.remaining()).toHaveLength(30);
    expect(await deleteInBatches({ findIds: records.olderThan(30), deleteIds: records.deleteIds, batchSize: 10, maxBatches: 5 })).toBe(30);
    expect(records.remaining()).toHaveLength(0);
  });

  it("does nothing when nothing has expired", async () => {
    const records = table([1, 2, 3]);
    expect(await deleteInBatches({ findIds: records.olderThan(30), deleteIds: records.deleteIds })).toBe(0);
    expect(records.remaining()).toEqual([1, 2, 3]);
  });
});

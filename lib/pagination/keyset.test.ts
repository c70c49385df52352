// Keyset pages on a real database (this file runs on SQLite and on PostgreSQL: vitest.config.ts): walking
// Next then Previous visits every row once, in order, also across rows that share their sort value.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { cappedCount, findKeysetPage, pageRankedRows } = await import("./keyset");
afterAll(() => testDatabase.drop());

type Where = { entityType?: string };
const PAGE = 4;

// 23 audit events; every three share a timestamp, so the id tiebreak decides their order.
beforeAll(async () => {
  const base = Date.UTC(2026, 0, 1);
  await db.auditEvent.createMany({
    data: Array.from({ length: 23 }, (_, index) => ({
      createdAt: new Date(base - Math.floor(index / 3) * 60_000),
      action: "update",
      entityType: index % 2 === 0 ? "queue" : "user",
      entityLabel: `event ${index}`,
    })),
  });
});

const newestFirst = async (where: Where = {}) =>
  (await db.auditEvent.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } })).map((row) => row.id);

const auditPage = (cursor: { after?: string; before?: string }, where: Where = {}) =>
  findKeysetPage({
    where,
    sortKey: "createdAt",
    direction: "desc",
    pageSize: PAGE,
    cursor,
    anchorValue: async (id) => (await db.auditEvent.findUnique({ where: { id }, select: { createdAt: true } }))?.createdAt ?? null,
    findMany: (args) => db.auditEvent.findMany({ ...args, select: { id: true } }),
  });

async function walk(where: Where = {}) {
  const pages: string[][] = [];
  let page = await auditPage({}, where);
  pages.push(page.rows.map((row) => row.id));
  expect(page.previousCursor).toBeNull();
  while (page.nextCursor) {
    page = await auditPage({ after: page.nextCursor }, where);
    pages.push(page.rows.map((row) => row.id));
  }
  return pages;
}

describe("findKeysetPage", () => {
  it("walks forward through every row once, in the list's order, and stops at the end", async () => {
    const pages = await walk();
    expect(pages.flat()).toEqual(await newestFirst());
    expect(pages.map((page) => page.length)).toEqual([4, 4, 4, 4, 4, 3]);
  });

  it("walks back from the last page to the first with the same pages", async () => {
    const forward = await walk();
    let page = await auditPage({ after: forward.at(-2)!.at(-1)! });
    const backward = [page.rows.map((row) => row.id)];
    while (page.previousCursor) {
      page = await auditPage({ before: page.previousCursor });
      backward.unshift(page.rows.map((row) => row.id));
    }
    expect(backward).toEqual(forward);
    // Back on the first page: nothing before it, the second page after it.
    expect(page.previousCursor).toBeNull();
    expect(page.nextCursor).toBe(forward[0]!.at(-1));
  });

  it("pages within a filter", async () => {
    const pages = await walk({ entityType: "queue" });
    expect(pages.flat()).toEqual(await newestFirst({ entityType: "queue" }));
    expect(pages.flat()).toHaveLength(12);
  });

  it("sorts ascending too (names, with the id as tiebreak)", async () => {
    await db.queue.createMany({ data: ["b", "a", "d", "c", "e"].map((name) => ({ name, nameKey: name })) });
    const queuePage = (cursor: { after?: string; before?: string }) =>
      findKeysetPage({
        where: {},
        sortKey: "name",
        direction: "asc",
        pageSize: 2,
        cursor,
        anchorValue: async (id) => (await db.queue.findUnique({ where: { id }, select: { name: true } }))?.name ?? null,
        findMany: (args) => db.queue.findMany({ ...args, select: { id: true, name: true } }),
      });
    const first = await queuePage({});
    const second = await queuePage({ after: first.nextCursor! });
    const third = await queuePage({ after: second.nextCursor! });
    expect([first, second, third].map((page) => page.rows.map((row) => row.name))).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    expect(third.nextCursor).toBeNull();
    expect((await queuePage({ before: second.previousCursor! })).rows.map((row) => row.name)).toEqual(["a", "b"]);
  });

  it("starts over at the first page when the cursor's row is gone or made up", async () => {
    const first = await auditPage({});
    for (const cursor of [{ after: "no-such-row" }, { before: "no-such-row" }]) {
      const page = await auditPage(cursor);
      expect(page.rows).toEqual(first.rows);
      expect(page.previousCursor).toBeNull();
    }
  });
});

describe("cappedCount", () => {
  it("counts up to the cap and says when there are more", async () => {
    expect(await cappedCount((take) => db.auditEvent.count({ take }), 100)).toEqual({ count: 23, capped: false });
    expect(await cappedCount((take) => db.auditEvent.count({ take }), 23)).toEqual({ count: 23, capped: false });
    expect(await cappedCount((take) => db.auditEvent.count({ take }), 22)).toEqual({ count: 22, capped: true });
    expect(await cappedCount((take) => db.auditEvent.count({ where: { entityType: "user" }, take }), 5)).toEqual({
      count: 5,
      capped: true,
    });
  });
});

describe("pageRankedRows", () => {
  const rows = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}` }));
  const ids = (page: { rows: { id: string }[] }) => page.rows.map((row) => row.id);

  it("walks forward and back with the same cursors as findKeysetPage", () => {
    const first = pageRankedRows(rows, {}, 3);
    expect(ids(first)).toEqual(["r0", "r1", "r2"]);
    expect(first).toMatchObject({ previousCursor: null, nextCursor: "r2" });
    const second = pageRankedRows(rows, { after: first.nextCursor! }, 3);
    expect(ids(second)).toEqual(["r3", "r4", "r5"]);
    const last = pageRankedRows(rows, { after: second.nextCursor! }, 3);
    expect(ids(last)).toEqual(["r6"]);
    expect(last.nextCursor).toBeNull();
    const back = pageRankedRows(rows, { before: last.previousCursor! }, 3);
    expect(ids(back)).toEqual(["r3", "r4", "r5"]);
    expect(pageRankedRows(rows, { before: back.previousCursor! }, 3)).toMatchObject({ previousCursor: null });
  });

  it("starts over when the anchor is gone", () => {
    expect(ids(pageRankedRows(rows, { after: "gone" }, 3))).toEqual(["r0", "r1", "r2"]);
  });
});

// Queue names are unique ignoring case, and queue search ignores case, on SQLite and PostgreSQL alike
// (this file runs on both: vitest.config.ts). The rule is the database's (Queue.nameKey), not only saveQueue's.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { saveQueue } = await import("./save-queue");
const { listQueues } = await import("./list-queues");
const { Prisma } = await import("@/lib/generated/prisma/client");
afterAll(() => testDatabase.drop());

const actor = await db.user.create({
  data: { email: "admin@example.com", name: "Admin", passwordHash: "unused", role: "ADMINISTRATOR" },
  select: { id: true, email: true },
});
const save = (name: string, queueId?: string) => saveQueue({ input: { name, queueId, operatingHoursId: null, memberIds: [] }, actor });
const search = async (q: string) => (await listQueues({ q })).queues.map((queue) => queue.name).sort();

describe("queue names", () => {
  it("refuses a name that differs from another queue's only in case, in any alphabet", async () => {
    const support = await save("Support desk");
    await save("Émile's team");
    for (const clash of ["support desk", "SUPPORT DESK", "émile's team", "ÉMILE'S TEAM"]) {
      await expect(save(clash)).rejects.toMatchObject({ name: "ActionError", code: "conflict", messageKey: "errors.queues.nameTaken" });
    }
    // Its own name in another case is a rename, not a clash.
    await expect(save("SUPPORT DESK", support.id)).resolves.toMatchObject({ name: "SUPPORT DESK" });
  });

  it("is enforced by the database, so a write that skips the check (or races it) fails too", async () => {
    await db.queue.create({ data: { name: "Billing" } });
    const error: unknown = await db.queue.create({ data: { name: "BILLING" } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as { code: string }).code).toBe("P2002");
    // Renaming through updateMany or upsert keeps the folded name in step too.
    const other = await db.queue.create({ data: { name: "Returns" } });
    await db.queue.updateMany({ where: { id: other.id }, data: { name: "Refunds" } });
    expect(await db.queue.findUniqueOrThrow({ where: { id: other.id }, select: { nameKey: true } })).toEqual({ nameKey: "refunds" });
    await expect(db.queue.create({ data: { name: "REFUNDS" } })).rejects.toMatchObject({ code: "P2002" });
  });
});

describe("queue search", () => {
  it("ignores case for every alphabet, matches Japanese as written and treats % and _ as plain characters", async () => {
    for (const name of ["Escalations", "émile's escalations", "顧客サポート", "100% callbacks", "night_shift", "nightXshift", "Ωmega"])
      await save(name);

    expect(await search("ESCALATION")).toEqual(["Escalations", "émile's escalations"]);
    expect(await search("ÉMILE")).toEqual(["Émile's team", "émile's escalations"]);
    expect(await search("ωMEGA")).toEqual(["Ωmega"]);
    expect(await search("サポート")).toEqual(["顧客サポート"]);
    expect(await search("%")).toEqual(["100% callbacks"]);
    expect(await search("night_")).toEqual(["night_shift"]);
    expect(await search("no such queue")).toEqual([]);
  });
});

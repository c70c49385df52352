// Imports a restart interrupted: the list only reads them; failStaleImports (background work and the
// import flow) marks them failed so they can be retried.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { listRecentImports } = await import("./list-inventory");
const { failStaleImports } = await import("./run-import");
const { createSmsSetup } = await import("@/lib/testing/messaging-fixtures");

afterAll(() => testDatabase.drop());

describe("stale number imports", () => {
  it("are listed as they are, and failed as interrupted only by failStaleImports once two minutes have passed", async () => {
    const { accountId } = await createSmsSetup();
    const startedAt = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    const stale = await db.numberImport.create({
      data: { accountId, address: "+15550001111", type: "LONG_CODE", startedAt: startedAt(5) },
      select: { id: true },
    });
    const fresh = await db.numberImport.create({
      data: { accountId, address: "+15550002222", type: "LONG_CODE", startedAt: startedAt(1) },
      select: { id: true },
    });
    const statuses = async () => Object.fromEntries((await listRecentImports()).map((row) => [row.id, [row.status, row.failureReason]]));

    expect(await statuses()).toEqual({ [stale.id]: ["RUNNING", null], [fresh.id]: ["RUNNING", null] });
    expect(await statuses()).toEqual({ [stale.id]: ["RUNNING", null], [fresh.id]: ["RUNNING", null] });

    await failStaleImports();
    expect(await statuses()).toEqual({ [stale.id]: ["FAILED", "interrupted"], [fresh.id]: ["RUNNING", null] });
  });
});

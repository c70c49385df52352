// Delivery health against a real database (both, see vitest.config.ts): outbound outcomes with
// undelivered apart from failed, the top error codes, the daily buckets, opt-out rate, queue depth,
// signature failures, scoping to one number / account, the ranking, and first-response time counted
// only inside the channel instance's operating hours.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { getNumberHealth, getAccountHealth, getOverallHealth, listHealthRanking } = await import("./health");
const { healthWindow } = await import("./period");
const { createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
const { applyStatusUpdate } = await import("@/lib/message-engine/status-update");

afterAll(() => testDatabase.drop());

type Setup = Awaited<ReturnType<typeof createSmsSetup>>;
// A Monday noon; the 7-day window starts Tuesday 2026-06-09 00:00 UTC.
const now = new Date("2026-06-15T12:00:00.000Z");
const at = (iso: string) => new Date(iso);
let customer = 0;

async function conversation(setup: Setup, createdAt: Date, options: { waiting?: boolean } = {}) {
  const row = await db.conversation.create({
    data: {
      accountId: setup.accountId,
      numberId: setup.number.id,
      channelInstanceId: setup.channelInstanceId,
      workstreamId: setup.workstreamId,
      queueId: options.waiting === false ? null : setup.queueId,
      channel: "SMS",
      provider: "TWILIO",
      customerAddress: `+1666${String((customer += 1)).padStart(7, "0")}`,
      ourAddress: setup.number.address,
      status: options.waiting ? "OPEN" : "RESOLVED",
      createdAt,
      lastMessageAt: createdAt,
    },
    select: { id: true },
  });
  return row.id;
}

type MessageOptions = { kind?: string; status: string; errorCode?: string; providerStatus?: string; direction?: "INBOUND" | "OUTBOUND" };
async function message(conversationId: string, createdAt: Date, options: MessageOptions) {
  await db.message.create({
    data: {
      conversationId,
      direction: options.direction ?? "OUTBOUND",
      kind: options.kind ?? "agent",
      provider: "TWILIO",
      providerMessageId: `SM${randomBytes(16).toString("hex")}`,
      status: options.status as "DELIVERED",
      errorCode: options.errorCode ?? null,
      providerStatus: options.providerStatus ?? null,
      createdAt,
    },
    select: { id: true },
  });
  // As the message flow does: a conversation's lastMessageAt follows its latest message.
  await db.conversation.updateMany({ where: { id: conversationId, lastMessageAt: { lt: createdAt } }, data: { lastMessageAt: createdAt } });
}

describe("counts of a number, an account and the ranking", () => {
  let busy: Setup;
  let quiet: Setup;
  let fresh: Setup;
  beforeAll(async () => {
    busy = await createSmsSetup();
    quiet = await createSmsSetup();
    fresh = await createSmsSetup();
    // Today (in the last 24 hours): one delivered, one undelivered 30007, one read.
    const today = await conversation(busy, at("2026-06-15T09:00:00Z"));
    await message(today, at("2026-06-15T09:05:00Z"), { status: "DELIVERED" });
    await message(today, at("2026-06-15T09:06:00Z"), { status: "FAILED", errorCode: "30007", providerStatus: "undelivered" });
    await message(today, at("2026-06-15T09:07:00Z"), { status: "READ" });
    await message(today, at("2026-06-15T09:01:00Z"), { status: "RECEIVED", direction: "INBOUND", kind: "customer" });
    // Earlier this week: two failed 30007, one failed 30003 (Twilio "failed"), one sent, one waiting to go out.
    const tuesday = await conversation(busy, at("2026-06-09T10:00:00Z"));
    await message(tuesday, at("2026-06-09T10:01:00Z"), { status: "FAILED", errorCode: "30007", providerStatus: "failed" });
    await message(tuesday, at("2026-06-09T10:02:00Z"), { status: "FAILED", errorCode: "30007", providerStatus: "failed" });
    await message(tuesday, at("2026-06-10T10:02:00Z"), { status: "FAILED", errorCode: "30003" });
    await message(tuesday, at("2026-06-12T10:03:00Z"), { status: "SENT" });
    await message(tuesday, at("2026-06-14T10:04:00Z"), { status: "PENDING", kind: "automated" });
    // Outside the 7 days: not counted, whatever it says.
    const old = await conversation(busy, at("2026-06-08T23:59:00Z"));
    await message(old, at("2026-06-08T23:59:30Z"), { status: "FAILED", errorCode: "30005" });
    // Waiting for an agent now, and a conversation of the week without any outbound.
    await conversation(busy, at("2026-06-15T11:00:00Z"), { waiting: true });
    // Opt-outs: one this week on busy, one opt-in (not counted), one before the window.
    await db.consentRecord.createMany({
      data: [
        {
          numberId: busy.number.id,
          customerAddress: "+15550000001",
          status: "OPTED_OUT",
          source: "keyword",
          keyword: "STOP",
          updatedAt: at("2026-06-15T10:00:00Z"),
        },
        {
          numberId: busy.number.id,
          customerAddress: "+15550000002",
          status: "OPTED_IN",
          source: "keyword",
          keyword: "START",
          updatedAt: at("2026-06-15T10:00:00Z"),
        },
        {
          numberId: busy.number.id,
          customerAddress: "+15550000003",
          status: "OPTED_OUT",
          source: "keyword",
          keyword: "STOP",
          updatedAt: at("2026-06-01T10:00:00Z"),
        },
      ],
    });
    // Signature failures of busy's account: 3 bad signatures this week, 1 missing today, other reasons and old ones not counted.
    const failure = (reason: string, count: number, lastSeenAt: Date, accountId = busy.accountId) => ({
      accountId,
      provider: "TWILIO" as const,
      outcome: "rejected",
      reason,
      path: "/api/webhooks/twilio/…",
      groupKey: randomBytes(8).toString("hex"),
      count,
      lastSeenAt,
    });
    await db.webhookFailure.createMany({
      data: [
        failure("invalidSignature", 3, at("2026-06-12T10:00:00Z")),
        failure("missingSignature", 1, at("2026-06-15T11:00:00Z")),
        failure("malformedBody", 5, at("2026-06-15T11:00:00Z")),
        failure("invalidSignature", 7, at("2026-06-01T11:00:00Z")),
        failure("invalidSignature", 2, at("2026-06-15T11:00:00Z"), quiet.accountId),
      ],
    });
    // Quiet: one delivered this week, so scoping is visible.
    const other = await conversation(quiet, at("2026-06-11T10:00:00Z"));
    await message(other, at("2026-06-11T10:01:00Z"), { status: "DELIVERED" });
    await db.phoneNumber.update({ where: { id: busy.number.id }, data: { lastInboundAt: at("2026-06-15T09:01:00Z") } });
  });

  it("counts a number's outbound by outcome, undelivered apart from failed, with the top codes, over 7 days", async () => {
    const found = await getNumberHealth({ numberId: busy.number.id, window: healthWindow("7d", now, "UTC") });
    const health = found!.health;
    expect(health.outcomes).toEqual({ delivered: 2, sent: 1, pending: 1, undelivered: 1, failed: 3 });
    expect(health.sent).toBe(8);
    expect(health.errorCodes).toEqual([
      { provider: "TWILIO", code: "30007", count: 3 },
      { provider: "TWILIO", code: "30003", count: 1 },
    ]);
    expect(health.lastInboundAt).toEqual(at("2026-06-15T09:01:00Z"));
    // Conversations started this week: today, tuesday, the waiting one.
    expect(health.conversations).toBe(3);
    expect(health.optOuts).toBe(1);
    expect(health.optOutRate).toBeCloseTo(1 / 3);
    expect(health.waiting).toBe(1);
    expect(health.queuedOutbound).toBe(1);
    expect(health.signatureFailures).toBe(4);
  });

  it("cuts the week into local days for the chart", async () => {
    const found = await getNumberHealth({ numberId: busy.number.id, window: healthWindow("7d", now, "UTC") });
    const days = found!.health.buckets.map((bucket) => ({ day: bucket.start.toISOString().slice(0, 10), ...bucket.counts }));
    expect(days.map((day) => day.day)).toEqual([
      "2026-06-09",
      "2026-06-10",
      "2026-06-11",
      "2026-06-12",
      "2026-06-13",
      "2026-06-14",
      "2026-06-15",
    ]);
    expect(days[0]).toMatchObject({ failed: 2, delivered: 0 });
    expect(days[1]).toMatchObject({ failed: 1 });
    expect(days[3]).toMatchObject({ sent: 1 });
    expect(days[5]).toMatchObject({ pending: 1 });
    expect(days[6]).toMatchObject({ delivered: 2, undelivered: 1, failed: 0 });
    // In Tokyo (UTC+9) Tuesday 10:01 UTC is still Tuesday, but Monday 09:05 UTC is Monday 18:05 there.
    const tokyo = await getNumberHealth({ numberId: busy.number.id, window: healthWindow("7d", now, "Asia/Tokyo") });
    expect(tokyo!.health.buckets[0]!.start.toISOString()).toBe("2026-06-08T15:00:00.000Z");
  });

  it("narrows to the last 24 hours, hour by hour", async () => {
    const found = await getNumberHealth({ numberId: busy.number.id, window: healthWindow("24h", now, "UTC") });
    const health = found!.health;
    expect(health.outcomes).toEqual({ delivered: 2, sent: 0, pending: 0, undelivered: 1, failed: 0 });
    expect(health.errorCodes).toEqual([{ provider: "TWILIO", code: "30007", count: 1 }]);
    expect(health.signatureFailures).toBe(1);
    expect(health.buckets).toHaveLength(24);
    const nine = health.buckets.find((bucket) => bucket.start.toISOString() === "2026-06-15T09:00:00.000Z");
    expect(nine?.counts).toMatchObject({ delivered: 2, undelivered: 1 });
  });

  it("sums an account's numbers, and keeps other accounts out", async () => {
    const health = await getAccountHealth({ accountId: quiet.accountId, window: healthWindow("7d", now, "UTC") });
    expect(health.outcomes).toEqual({ delivered: 1, sent: 0, pending: 0, undelivered: 0, failed: 0 });
    expect(health.signatureFailures).toBe(2);
    expect(health.optOutRate).toBe(0);
    const empty = await getAccountHealth({ accountId: fresh.accountId, window: healthWindow("7d", now, "UTC") });
    expect(empty).toMatchObject({ sent: 0, conversations: 0, optOutRate: null, lastInboundAt: null, errorCodes: [] });
    expect(empty.firstResponse).toMatchObject({ medianMs: null, p90Ms: null, answered: 0, unanswered: 0 });
  });

  it("ranks numbers and accounts by problems, a page at a time", async () => {
    const window = healthWindow("7d", now, "UTC");
    const numbers = await listHealthRanking({ view: "numbers", window, cursor: {} });
    const ours = numbers.rows.filter((row) => [busy.number.id, quiet.number.id, fresh.number.id].includes(row.id));
    expect(ours.map((row) => row.id)).toEqual([busy.number.id, quiet.number.id, fresh.number.id]);
    // 3 failed + 1 undelivered + 1 opt-out + 1 waiting + 1 queued; signature failures belong to the account.
    expect(ours[0]).toMatchObject({ problems: 7, topError: { code: "30007", count: 3 }, signatureFailures: 0 });
    const accounts = await listHealthRanking({ view: "accounts", window, cursor: {} });
    expect(accounts.rows.find((row) => row.id === busy.accountId)).toMatchObject({ problems: 11, signatureFailures: 4 });
    expect(accounts.rows.find((row) => row.id === quiet.accountId)).toMatchObject({ problems: 2, sent: 1 });
    const overall = await getOverallHealth({ window });
    expect(overall.sent).toBeGreaterThanOrEqual(9);
  });
});

describe("first-response time", () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await createSmsSetup();
    // Weekdays 09:00–17:00 UTC.
    const day = [{ start: "09:00", end: "17:00" }];
    const hours = await db.operatingHours.create({
      data: {
        name: `Office ${randomBytes(4).toString("hex")}`,
        timeZone: "UTC",
        weekly: JSON.stringify({ 0: [], 1: day, 2: day, 3: day, 4: day, 5: day, 6: [] }),
        exceptions: "[]",
      },
      select: { id: true },
    });
    await db.channelInstance.update({
      where: { id: setup.channelInstanceId },
      data: { useOperatingHours: true, operatingHoursId: hours.id },
      select: { id: true },
    });
    // Friday 16:50 → Monday 09:05: 15 open minutes over a weekend.
    const friday = await conversation(setup, at("2026-06-12T16:50:00Z"));
    await message(friday, at("2026-06-15T09:05:00Z"), { status: "DELIVERED" });
    // 30 minutes; the automated greeting a minute in doesn't count as a response.
    const wednesday = await conversation(setup, at("2026-06-10T10:00:00Z"));
    await message(wednesday, at("2026-06-10T10:01:00Z"), { status: "DELIVERED", kind: "automated" });
    await message(wednesday, at("2026-06-10T10:30:00Z"), { status: "DELIVERED", kind: "template" });
    await message(wednesday, at("2026-06-10T10:40:00Z"), { status: "DELIVERED" });
    // 60 minutes, and one never answered.
    const thursday = await conversation(setup, at("2026-06-11T10:00:00Z"));
    await message(thursday, at("2026-06-11T11:00:00Z"), { status: "FAILED", errorCode: "30003" });
    await conversation(setup, at("2026-06-11T12:00:00Z"), { waiting: true });
  });

  it("counts only the time inside the channel's operating hours: median and p90", async () => {
    const found = await getNumberHealth({ numberId: setup.number.id, window: healthWindow("7d", now, "UTC") });
    expect(found!.health.firstResponse).toEqual({
      medianMs: 30 * 60_000,
      p90Ms: 60 * 60_000,
      answered: 3,
      unanswered: 1,
      usesOperatingHours: true,
    });
  });

  it("counts every minute when the channel doesn't use operating hours", async () => {
    await db.channelInstance.update({ where: { id: setup.channelInstanceId }, data: { useOperatingHours: false }, select: { id: true } });
    const found = await getNumberHealth({ numberId: setup.number.id, window: healthWindow("7d", now, "UTC") });
    expect(found!.health.firstResponse).toMatchObject({ medianMs: 60 * 60_000, p90Ms: (64 * 60 + 15) * 60_000, usesOperatingHours: false });
    await db.channelInstance.update({ where: { id: setup.channelInstanceId }, data: { useOperatingHours: true }, select: { id: true } });
  });
});

describe("status callbacks", () => {
  it("count Twilio's undelivered apart from failed, from the callbacks as they are applied", async () => {
    const setup = await createSmsSetup();
    const id = await conversation(setup, new Date());
    const report = async (status: string, errorCode: string) => {
      const providerMessageId = `SM${randomBytes(16).toString("hex")}`;
      await db.message.create({
        data: { conversationId: id, direction: "OUTBOUND", kind: "agent", provider: "TWILIO", providerMessageId, status: "SENT" },
        select: { id: true },
      });
      const update = { providerMessageId, status, errorCode, errorMessage: null };
      expect(await applyStatusUpdate({ accountId: setup.accountId, provider: "TWILIO", update })).toBe("applied");
    };
    await report("undelivered", "30003");
    await report("failed", "30007");
    await report("Undelivered", "30005");
    const found = await getNumberHealth({ numberId: setup.number.id, window: healthWindow("24h", new Date(Date.now() + 60_000), "UTC") });
    expect(found!.health.outcomes).toMatchObject({ undelivered: 2, failed: 1 });
  });
});

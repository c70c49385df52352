// The durable inbound queue against a real database: group commit, duplicates, the one-by-one fallback, and
// retries ending in "processing failed" (Rejected requests) without losing the event.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, refuseInserts } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { logger } = await import("@/lib/logger");
const { drainInboundQueue, storeInboundEvent } = await import("./inbound-queue");
const { createSmsSetup, twilioInboundSms } = await import("@/lib/testing/messaging-fixtures");

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});
afterAll(() => testDatabase.drop());

let sequence = 0;
const sid = () => `SM${Date.now()}${(sequence += 1)}`;
const event = (accountId: string, dedupeKey: string) => ({
  accountId,
  provider: "TWILIO" as const,
  kind: "message" as const,
  dedupeKey,
  payload: `payload of ${dedupeKey}`,
});

describe("storeInboundEvent (group commit)", () => {
  it("stores events of one tick with one INSERT and answers a duplicate provider id as a no-op", async () => {
    const { accountId } = await createSmsSetup();
    const [a, b, c] = [sid(), sid(), sid()];
    const queryRaw = vi.spyOn(db, "$queryRaw");

    const outcomes = await Promise.all([
      storeInboundEvent(event(accountId, a)),
      storeInboundEvent(event(accountId, b)),
      storeInboundEvent(event(accountId, c)),
      storeInboundEvent(event(accountId, a)),
    ]);

    expect(outcomes).toEqual(["stored", "stored", "stored", "duplicate"]);
    expect(queryRaw).toHaveBeenCalledTimes(1);
    // A provider's later retry of the same message stores nothing new either.
    expect(await storeInboundEvent({ ...event(accountId, b), payload: "retried" })).toBe("duplicate");
    const rows = await db.inboundEvent.findMany({
      where: { accountId },
      orderBy: { dedupeKey: "asc" },
      select: { dedupeKey: true, payload: true, attempts: true, processedAt: true },
    });
    expect(rows).toEqual([a, b, c].sort().map((key) => ({ dedupeKey: key, payload: `payload of ${key}`, attempts: 0, processedAt: null })));
  });

  it("falls back to one INSERT per event when the group fails, so one deleted account costs only its own event", async () => {
    const { accountId } = await createSmsSetup();
    const gone = await createSmsSetup();
    await db.messagingAccount.delete({ where: { id: gone.accountId } });
    const [a, b, c] = [sid(), sid(), sid()];
    const queryRaw = vi.spyOn(db, "$queryRaw");

    const outcomes = await Promise.all([
      storeInboundEvent(event(accountId, a)),
      storeInboundEvent(event(gone.accountId, b)),
      storeInboundEvent(event(accountId, c)),
    ]);

    expect(outcomes).toEqual(["stored", "accountGone", "stored"]);
    // The group, then each event on its own.
    expect(queryRaw).toHaveBeenCalledTimes(4);
    expect(
      (await db.inboundEvent.findMany({ where: { dedupeKey: { in: [a, b, c] } }, select: { dedupeKey: true } }))
        .map((row) => row.dedupeKey)
        .sort(),
    ).toEqual([a, c].sort());
  });
});

describe("drainInboundQueue", () => {
  it("retries an event whose processing fails, and after the fifth attempt records it as processing failed, keeping the event", async () => {
    const setup = await createSmsSetup();
    const messageSid = sid();
    const payload = twilioInboundSms({ messageSid, from: "+14445550100", to: setup.number.address, body: "hello" });
    expect(
      await storeInboundEvent({ accountId: setup.accountId, provider: "TWILIO", kind: "message", dedupeKey: messageSid, payload }),
    ).toBe("stored");
    // The database refuses to store the message (as a full disk would), so processing throws every time.
    const allowInserts = await refuseInserts(db, "Message", "disk full");
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    const stored = () =>
      db.inboundEvent.findUniqueOrThrow({
        where: { provider_dedupeKey: { provider: "TWILIO", dedupeKey: messageSid } },
        select: { attempts: true, processedAt: true, nextAttemptAt: true, payload: true },
      });
    const failures = () =>
      db.webhookFailure.findMany({
        where: { accountId: setup.accountId },
        select: { outcome: true, reason: true, path: true, bodyExcerpt: true },
      });

    try {
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        await drainInboundQueue();
        const row = await stored();
        expect(row.attempts).toBe(attempt);
        expect(row.processedAt).toBeNull();
        // Backoff: 2 s, 4 s, 8 s, 16 s; a drain before then leaves the event alone.
        expect(row.nextAttemptAt!.getTime() - Date.now()).toBe(2000 * 2 ** (attempt - 1));
        await drainInboundQueue();
        expect((await stored()).attempts).toBe(attempt);
        expect(await failures()).toEqual([]);
        vi.setSystemTime(row.nextAttemptAt!);
      }
      await drainInboundQueue();
    } finally {
      await allowInserts();
    }

    const row = await stored();
    expect(row).toMatchObject({ attempts: 5, processedAt: null, payload });
    expect(await failures()).toEqual([{ outcome: "failed", reason: "processingFailed", path: "(message)", bodyExcerpt: payload }]);
    expect(logged).toHaveBeenCalledTimes(5);
    // Five attempts are all it gets, even once the cause is gone: the event waits for an administrator.
    vi.setSystemTime(start + 3_600_000);
    await drainInboundQueue();
    expect((await stored()).attempts).toBe(5);
    expect(await db.message.count({ where: { providerMessageId: messageSid } })).toBe(0);
  });

  it("processes a stored message into a conversation and marks the event processed", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const messageSid = sid();
    const payload = twilioInboundSms({ messageSid, from: "+14445550101", to: setup.number.address, body: "hi there" });
    await storeInboundEvent({ accountId: setup.accountId, provider: "TWILIO", kind: "message", dedupeKey: messageSid, payload });

    await drainInboundQueue();

    const row = await db.inboundEvent.findUniqueOrThrow({
      where: { provider_dedupeKey: { provider: "TWILIO", dedupeKey: messageSid } },
      select: { attempts: true, processedAt: true },
    });
    expect(row.attempts).toBe(0);
    expect(row.processedAt).not.toBeNull();
    const message = await db.message.findUniqueOrThrow({
      where: { provider_providerMessageId: { provider: "TWILIO", providerMessageId: messageSid } },
      select: { body: true, direction: true, conversation: { select: { queueId: true, status: true } } },
    });
    expect(message).toEqual({ body: "hi there", direction: "INBOUND", conversation: { queueId: setup.queueId, status: "OPEN" } });
  });

  it("processes events in the order they were received, and processing one again (a crash before it was marked) stores nothing twice", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const from = "+14445550102";
    const [first, second] = [sid(), sid()];
    vi.useFakeTimers({ toFake: ["Date"] });
    const receivedAt = new Date("2026-02-01T09:00:00.000Z");
    // Stored in the opposite order of their receipt times: the drain goes by receivedAt.
    vi.setSystemTime(receivedAt.getTime() + 1000);
    await storeInboundEvent({
      accountId: setup.accountId,
      provider: "TWILIO",
      kind: "message",
      dedupeKey: second,
      payload: twilioInboundSms({ messageSid: second, from, to: setup.number.address, body: "second" }),
    });
    vi.setSystemTime(receivedAt);
    await storeInboundEvent({
      accountId: setup.accountId,
      provider: "TWILIO",
      kind: "message",
      dedupeKey: first,
      payload: twilioInboundSms({ messageSid: first, from, to: setup.number.address, body: "first" }),
    });
    vi.setSystemTime(receivedAt.getTime() + 5000);

    await drainInboundQueue();

    const conversations = () =>
      db.conversation.findMany({
        where: { accountId: setup.accountId },
        select: { lastMessagePreview: true, messages: { orderBy: { createdAt: "asc" }, select: { body: true } } },
      });
    expect(await conversations()).toEqual([{ lastMessagePreview: "second", messages: [{ body: "first" }, { body: "second" }] }]);

    await db.inboundEvent.updateMany({ where: { dedupeKey: { in: [first, second] } }, data: { processedAt: null } });
    await drainInboundQueue();
    expect(await conversations()).toEqual([{ lastMessagePreview: "second", messages: [{ body: "first" }, { body: "second" }] }]);
    expect(await db.inboundEvent.count({ where: { dedupeKey: { in: [first, second] }, processedAt: null } })).toBe(0);
  });
});

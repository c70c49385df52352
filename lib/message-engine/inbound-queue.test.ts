// The durable inbound queue against a real database and the embedded job engine: group commit, the
// duplicate (provider retry) path, per-conversation order, parallel conversations, a slow provider that
// holds up nobody else, retries ending in "processing failed" that never block the conversation, and
// the administrator's Retry.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { startFakeTwilio } from "@/lib/testing/fake-twilio";
import { createTestDatabase, refuseInserts } from "@/lib/testing/test-database";

const twilio = await startFakeTwilio();
const testDatabase = await createTestDatabase({
  env: { TWILIO_API_BASE_URL: twilio.baseUrl, PUBLIC_BASE_URL: "https://switchboard.example.com" },
});
const { db, sqliteConnectionOf } = await import("@/lib/db");
const { containsText } = await import("@/lib/db-text");
const { logger } = await import("@/lib/logger");
const { acceptInboundEvent, retryFailedInboundEvent, storeInboundEvent } = await import("./inbound-queue");
const { parseTwilioCallback } = await import("./inbound-parse");
const { parseTwilioForm } = await import("@/lib/providers/twilio/client");
const { createAutomatedMessage, createSmsSetup, twilioInboundSms } = await import("@/lib/testing/messaging-fixtures");
const { startTestJobEngine } = await import("@/lib/testing/job-engine");

const jobs = await startTestJobEngine();

afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  await jobs.stop();
  await testDatabase.drop();
  await twilio.close();
});

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
    // On SQLite the group is one transaction on the connection itself (decision 045).
    const connection = sqliteConnectionOf(db);
    const transaction = connection ? vi.spyOn(connection, "transaction") : null;

    const outcomes = await Promise.all([
      storeInboundEvent(event(accountId, a)),
      storeInboundEvent(event(accountId, b)),
      storeInboundEvent(event(accountId, c)),
      storeInboundEvent(event(accountId, a)),
    ]);

    expect(outcomes.map((stored) => stored.outcome)).toEqual(["stored", "stored", "stored", "duplicate"]);
    expect(queryRaw.mock.calls.length + (transaction?.mock.calls.length ?? 0)).toBe(1);
    // A provider's later retry of the same message stores nothing new either.
    expect((await storeInboundEvent({ ...event(accountId, b), payload: "retried" })).outcome).toBe("duplicate");
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

    expect(outcomes.map((stored) => stored.outcome)).toEqual(["stored", "accountGone", "stored"]);
    // The group, then each event on its own.
    expect(queryRaw).toHaveBeenCalledTimes(4);
    expect(
      (await db.inboundEvent.findMany({ where: { dedupeKey: { in: [a, b, c] } }, select: { dedupeKey: true } }))
        .map((row) => row.dedupeKey)
        .sort(),
    ).toEqual([a, c].sort());
  });
});

type Setup = Awaited<ReturnType<typeof createSmsSetup>>;

describe("acceptInboundEvent (the event and its job)", () => {
  it("on SQLite commits a new event's inbound job in the event's own transaction; elsewhere sends it after", async () => {
    const setup = await createSmsSetup();
    const send = vi.spyOn(jobs.engine, "send");
    const onSqlite = sqliteConnectionOf(db) !== null;

    expect(await receive(setup, { from: "+15550104040", body: "one write" })).toBe("stored");

    expect(send).toHaveBeenCalledTimes(onSqlite ? 0 : 1);
    await jobs.settle();
    const stored = await db.message.findMany({ where: { conversation: { numberId: setup.number.id } }, select: { body: true } });
    expect(stored).toEqual([{ body: "one write" }]);
  });
});

/** What the Twilio webhook does after authenticating: store, queue, answer. */
function receive(setup: Setup, options: { from: string; body: string; messageSid?: string }) {
  const messageSid = options.messageSid ?? sid();
  const payload = twilioInboundSms({ messageSid, from: options.from, to: setup.number.address, body: options.body });
  const parsed = parseTwilioCallback(parseTwilioForm(payload));
  return acceptInboundEvent({ accountId: setup.accountId, provider: "TWILIO", kind: "message", dedupeKey: messageSid, payload, parsed });
}

const threadOf = (accountId: string, customerAddress: string) =>
  db.conversation.findMany({
    where: { accountId, customerAddress },
    select: { status: true, messages: { where: { direction: "INBOUND" }, orderBy: { createdAt: "asc" }, select: { body: true } } },
  });

describe("the message flow on the job engine", { timeout: 30_000 }, () => {
  it("routes a stored message into a conversation and marks its event processed", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const messageSid = sid();
    expect(await receive(setup, { from: "+14445550101", body: "hi there", messageSid })).toBe("stored");

    await jobs.settle();

    const row = await db.inboundEvent.findUniqueOrThrow({
      where: { provider_dedupeKey: { provider: "TWILIO", dedupeKey: messageSid } },
      select: { attempts: true, processedAt: true, failedAt: true },
    });
    expect(row.processedAt).not.toBeNull();
    expect(row.failedAt).toBeNull();
    const message = await db.message.findUniqueOrThrow({
      where: { provider_providerMessageId: { provider: "TWILIO", providerMessageId: messageSid } },
      select: { body: true, direction: true, conversation: { select: { queueId: true, status: true } } },
    });
    expect(message).toEqual({ body: "hi there", direction: "INBOUND", conversation: { queueId: setup.queueId, status: "OPEN" } });
    expect(await db.job.count()).toBe(0);
  });

  it("answers a provider's retry as a duplicate: one event, one message, however often it comes", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const messageSid = sid();
    const from = "+14445550103";
    // The retry arrives while the first is still waiting to be routed, and again after.
    const first = await receive(setup, { from, body: "once", messageSid });
    const retried = await receive(setup, { from, body: "once", messageSid });
    await jobs.settle();
    const late = await receive(setup, { from, body: "once", messageSid });
    await jobs.settle();

    expect([first, retried, late]).toEqual(["stored", "duplicate", "duplicate"]);
    expect(await db.inboundEvent.count({ where: { dedupeKey: messageSid } })).toBe(1);
    expect(await db.message.count({ where: { providerMessageId: messageSid } })).toBe(1);
    expect(await threadOf(setup.accountId, from)).toEqual([{ status: "OPEN", messages: [{ body: "once" }] }]);
  });

  it("routes one customer's messages in the order they arrived, into one conversation, while conversations run in parallel", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const customers = ["+14445550201", "+14445550202", "+14445550203"];
    // Interleaved arrivals, all queued while the engine is stopped, so it finds 18 jobs due at once.
    await jobs.stop();
    for (let n = 0; n < 6; n += 1) for (const from of customers) await receive(setup, { from, body: `${from} #${n}` });
    await jobs.engine.start();
    await jobs.settle();

    for (const from of customers) {
      expect(await threadOf(setup.accountId, from)).toEqual([
        { status: "OPEN", messages: Array.from({ length: 6 }, (_, n) => ({ body: `${from} #${n}` })) },
      ]);
      // Processed in that order too: the preview is the last one routed, and each event was done after the one before.
      const events = await db.inboundEvent.findMany({
        where: { accountId: setup.accountId, payload: containsText(encodeURIComponent(from)) },
        orderBy: { receivedAt: "asc" },
        select: { processedAt: true },
      });
      const processed = events.map((event) => event.processedAt!.getTime());
      expect(processed).toEqual([...processed].sort((a, b) => a - b));
      expect(
        await db.conversation.findFirstOrThrow({
          where: { accountId: setup.accountId, customerAddress: from },
          select: { lastMessagePreview: true },
        }),
      ).toEqual({ lastMessagePreview: `${from} #5` });
    }
  });

  it("never lets a slow provider hold up another conversation: its send waits, the next customer is routed and answered", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    await createAutomatedMessage(setup, { trigger: "greeting", text: "Hello! An agent will be with you shortly." });
    const slow = "+14445550301";
    const other = "+14445550302";
    const release = twilio.holdSendsTo(slow);
    try {
      await receive(setup, { from: slow, body: "first" });
      // Routing the slow customer's message queued its greeting, whose send now hangs at the provider.
      await vi.waitFor(() => expect(twilio.sends.some((send) => send.to === slow)).toBe(false));
      await receive(setup, { from: other, body: "second" });
      // Not a time limit on the flow: the slow send is held until release(), however long this waits.
      // (pg-boss on a loaded machine can take more than vi.waitFor's default second to fetch the jobs.)
      await vi.waitFor(() => expect(twilio.sends.filter((send) => send.to === other)).toHaveLength(1), { timeout: 20_000, interval: 50 });
      expect(await threadOf(setup.accountId, other)).toEqual([{ status: "OPEN", messages: [{ body: "second" }] }]);
      const pending = await db.message.findFirstOrThrow({
        where: { direction: "OUTBOUND", conversation: { customerAddress: slow } },
        select: { status: true, sendStartedAt: true },
      });
      expect(pending.status).toBe("PENDING");
      expect(pending.sendStartedAt).not.toBeNull();
    } finally {
      release();
    }
    await jobs.settle();
    expect(twilio.sends.filter((send) => send.to === slow).map((send) => send.body)).toEqual(["Hello! An agent will be with you shortly."]);
  });

  it("retries a failing event, lists it as processing failed after the fifth attempt without blocking its conversation, and routes it on Retry", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const from = "+14445550401";
    const failing = sid();
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    vi.spyOn(logger, "warn").mockImplementation(() => {});
    const stored = () =>
      db.inboundEvent.findUniqueOrThrow({
        where: { provider_dedupeKey: { provider: "TWILIO", dedupeKey: failing } },
        select: { id: true, attempts: true, processedAt: true, failedAt: true },
      });
    const failures = () =>
      db.webhookFailure.findMany({ where: { accountId: setup.accountId }, select: { outcome: true, reason: true, path: true } });
    // The database refuses this one message (as a corrupt row would), so its processing throws every time.
    const allowInserts = await refuseInserts(db, "Message", "refused", { column: "providerMessageId", value: failing });
    try {
      await receive(setup, { from, body: "this one fails", messageSid: failing });
      const next = sid();
      await receive(setup, { from, body: "this one follows", messageSid: next });
      await jobs.settle();
      for (let attempt = 1; attempt < 5; attempt += 1) {
        expect(await stored()).toMatchObject({ attempts: attempt, processedAt: null, failedAt: null });
        // Its conversation's next message waits behind it while it is retried: order holds.
        expect(await db.message.count({ where: { providerMessageId: next } })).toBe(0);
        expect(await failures()).toEqual([]);
        // Backoff 2, 4, 8, 16 s (jitter fixed at ×1): not due a moment before.
        await jobs.advance(2_000 * 2 ** (attempt - 1) - 100);
        expect((await stored()).attempts).toBe(attempt);
        await jobs.advance(100);
      }
      const failed = await stored();
      expect(failed).toMatchObject({ attempts: 5, processedAt: null, failedAt: expect.any(Date) });
      expect(await failures()).toEqual([{ outcome: "failed", reason: "processingFailed", path: "(message)" }]);
      expect(logged).toHaveBeenCalled();
      // Dead, it no longer blocks its conversation: the next message was routed.
      expect(await threadOf(setup.accountId, from)).toEqual([{ status: "OPEN", messages: [{ body: "this one follows" }] }]);
      // Nothing more happens on its own, however long it waits.
      await jobs.advance(3_600_000);
      expect((await stored()).attempts).toBe(5);
    } finally {
      await allowInserts();
    }

    // The cause is gone; an administrator's Retry routes it (once: a second Retry does nothing).
    const id = (await stored()).id;
    expect(await retryFailedInboundEvent({ eventId: id })).toBe("queued");
    expect(await retryFailedInboundEvent({ eventId: id })).toBe("notFailed");
    await jobs.settle();
    expect(await stored()).toMatchObject({ processedAt: expect.any(Date), failedAt: null });
    const thread = await threadOf(setup.accountId, from);
    expect(thread).toHaveLength(1);
    expect(thread[0]!.messages.map((message) => message.body).sort()).toEqual(["this one fails", "this one follows"]);
  });

  it("re-queues an event whose job was lost between the two writes when the provider retries it", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const messageSid = sid();
    const from = "+14445550501";
    const payload = twilioInboundSms({ messageSid, from, to: setup.number.address, body: "stranded" });
    // Stored, but the process died before its job was written.
    expect(
      (await storeInboundEvent({ accountId: setup.accountId, provider: "TWILIO", kind: "message", dedupeKey: messageSid, payload }))
        .outcome,
    ).toBe("stored");
    await jobs.settle();
    expect(await db.message.count({ where: { providerMessageId: messageSid } })).toBe(0);

    expect(await receive(setup, { from, body: "stranded", messageSid })).toBe("duplicate");
    await jobs.settle();
    expect(await threadOf(setup.accountId, from)).toEqual([{ status: "OPEN", messages: [{ body: "stranded" }] }]);
  });
});

// Held messages and Replay against a real database and the embedded job engine: a message for an
// inactive account or a number without a channel is held with its reason (never dropped), Replay
// routes it with its original arrival time once the cause is fixed, and a second Replay adds nothing.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { acceptInboundEvent } = await import("./inbound-queue");
const { parseTwilioCallback } = await import("./inbound-parse");
const { parseTwilioForm } = await import("@/lib/providers/twilio/client");
const { replayHeldMessage } = await import("./replay");
const { createSmsSetup, twilioInboundSms } = await import("@/lib/testing/messaging-fixtures");
const { startTestJobEngine } = await import("@/lib/testing/job-engine");
const jobs = await startTestJobEngine();

afterAll(async () => {
  await jobs.stop();
  await testDatabase.drop();
});

let sequence = 0;
const admin = await db.user.create({
  data: { email: "admin-replay@example.com", name: "Admin", passwordHash: "not-a-real-hash", role: "ADMINISTRATOR" },
  select: { id: true, email: true },
});

async function receive(setup: Awaited<ReturnType<typeof createSmsSetup>>, from: string, body: string) {
  const messageSid = `SMheld${(sequence += 1)}`;
  const payload = twilioInboundSms({ messageSid, from, to: setup.number.address, body });
  const parsed = parseTwilioCallback(parseTwilioForm(payload));
  await acceptInboundEvent({ accountId: setup.accountId, provider: "TWILIO", kind: "message", dedupeKey: messageSid, payload, parsed });
  await jobs.settle();
  return messageSid;
}

describe("held messages and Replay", { timeout: 30_000 }, () => {
  it("holds a message for an inactive account, then Replay routes it once the account is active, with its arrival time", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    await db.messagingAccount.update({ where: { id: setup.accountId }, data: { status: "INACTIVE" }, select: { id: true } });
    const customer = "+14445558001";
    const messageSid = await receive(setup, customer, "are you there?");

    const held = await db.heldMessage.findUniqueOrThrow({
      where: { providerMessageId: messageSid },
      select: { id: true, reason: true, body: true, replayedAt: true, receivedAt: true },
    });
    expect(held).toMatchObject({ reason: "accountInactive", body: "are you there?", replayedAt: null });
    expect(await db.conversation.count({ where: { accountId: setup.accountId } })).toBe(0);
    // The event itself is done: a held message is an outcome, not a failure.
    expect(await db.inboundEvent.findFirstOrThrow({ where: { dedupeKey: messageSid }, select: { failedAt: true } })).toEqual({
      failedAt: null,
    });

    // Still inactive: Replay keeps it held with the reason.
    expect(await replayHeldMessage({ heldMessageId: held.id, actor: admin })).toEqual({ outcome: "stillHeld", reason: "accountInactive" });

    await db.messagingAccount.update({ where: { id: setup.accountId }, data: { status: "ACTIVE" }, select: { id: true } });
    const replayed = await replayHeldMessage({ heldMessageId: held.id, actor: admin });
    expect(replayed.outcome).toBe("routed");
    const conversationId = replayed.outcome === "routed" ? replayed.conversationId : "";
    const message = await db.message.findFirstOrThrow({
      where: { providerMessageId: messageSid },
      select: { conversationId: true, createdAt: true },
    });
    expect(message).toEqual({ conversationId, createdAt: held.receivedAt });
    expect(await db.heldMessage.findUniqueOrThrow({ where: { id: held.id }, select: { replayCount: true, conversationId: true } })).toEqual(
      {
        replayCount: 2,
        conversationId,
      },
    );

    // A second Replay (a double click) routes nothing twice.
    expect(await replayHeldMessage({ heldMessageId: held.id, actor: admin })).toEqual({ outcome: "routed", conversationId });
    expect(await db.message.count({ where: { providerMessageId: messageSid } })).toBe(1);
  });

  it("holds a message for a number without a channel instance as noWorkstream", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    await db.channelInstance.delete({ where: { id: setup.channelInstanceId } });
    const messageSid = await receive(setup, "+14445558002", "hello?");
    expect(await db.heldMessage.findUniqueOrThrow({ where: { providerMessageId: messageSid }, select: { reason: true } })).toEqual({
      reason: "noWorkstream",
    });
  });
});

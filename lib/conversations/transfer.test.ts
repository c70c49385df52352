// Transfer on a real database (both engines): who gets the conversation, the thread line and audit
// entry, the receiver's notification on the live channel, the customer's "transfer accepted" message,
// and the refusals (capacity, membership, someone else's conversation) leaving everything as it was.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { LiveSignal } from "@/lib/live/events";
import { startFakeTwilio } from "@/lib/testing/fake-twilio";
import { createTestDatabase } from "@/lib/testing/test-database";

const twilio = await startFakeTwilio();
const testDatabase = await createTestDatabase({
  env: { TWILIO_API_BASE_URL: twilio.baseUrl, PUBLIC_BASE_URL: "https://switchboard.example.com" },
});
const { db } = await import("@/lib/db");
const { getLiveTransport } = await import("@/lib/live/bus");
const { transferConversation, listTransferTargets } = await import("./transfer");
const { createAgent, createAutomatedMessage, createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
const { startTestJobEngine } = await import("@/lib/testing/job-engine");
const jobs = await startTestJobEngine();

const heard: LiveSignal[] = [];
const unsubscribe = getLiveTransport().subscribe((signal) => void heard.push(signal));
beforeEach(() => {
  heard.splice(0);
  twilio.sends.splice(0);
});
afterAll(async () => {
  unsubscribe();
  await jobs.stop();
  await testDatabase.drop();
  await twilio.close();
});

async function actorOf(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
  return user;
}

async function refusalOf(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (caught: unknown) => caught,
  )) as { code?: string; messageKey?: string; options?: { field?: string } } | null;
  return error ? { code: error.code, key: error.messageKey, field: error.options?.field ?? null } : null;
}

describe("transferConversation", { timeout: 30_000 }, () => {
  it("hands the conversation to another agent of its queue, tells them, writes the thread line and audit, and tells the customer", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH" });
    const a = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const b = await createAgent({ queueId: setup.queueId, capacity: 5 });
    await createAutomatedMessage(setup, { trigger: "transferAccepted", text: "{AgentName} will help you from here." });
    const conversationId = await createConversation(setup, { assignedToId: a, customerAddress: "+14440001001", lastMessageAt: new Date() });
    const actor = await actorOf(a);
    const receiver = await actorOf(b);

    const result = await transferConversation({
      input: { conversationId, targetType: "agent", targetId: b, note: "Wants a refund" },
      actor,
    });

    expect(result).toEqual({ conversationId, agent: receiver.name, queue: null });
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { assignedToId: true } })).toEqual({
      assignedToId: b,
    });
    expect(
      await db.conversationEvent.findMany({
        where: { conversationId },
        select: { kind: true, actorName: true, toUserName: true, note: true },
      }),
    ).toEqual([{ kind: "transfer", actorName: actor.name, toUserName: receiver.name, note: "Wants a refund" }]);
    expect(await db.auditEvent.count({ where: { action: "transfer", entityType: "conversation", entityId: conversationId } })).toBe(1);
    await jobs.settle();
    expect(twilio.sends.map((send) => [send.to, send.body])).toEqual([["+14440001001", `${receiver.name} will help you from here.`]]);
    await expect
      .poll(() => heard.filter((signal) => signal.type === "agent.notification"))
      .toEqual([
        expect.objectContaining({ kind: "transferRequest", conversationId, recipients: { userIds: [b], queueId: null, exceptUserId: a } }),
      ]);
  });

  it("refuses an agent without room, outside the queue, or not allowed by presence, and changes nothing", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const other = await createSmsSetup({ distributionMode: "PICK" });
    const a = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const full = await createAgent({ queueId: setup.queueId, capacity: 1 });
    const away = await createAgent({ queueId: setup.queueId, capacity: 5, presence: "AWAY" });
    const outsider = await createAgent({ queueId: other.queueId, capacity: 5 });
    await createConversation(setup, { assignedToId: full });
    const conversationId = await createConversation(setup, { assignedToId: a });
    const actor = await actorOf(a);
    const to = (targetId: string) => transferConversation({ input: { conversationId, targetType: "agent", targetId, note: "" }, actor });

    expect(await refusalOf(to(full))).toEqual({ code: "conflict", key: "errors.transfer.agentFull", field: "targetId" });
    expect(await refusalOf(to(outsider))).toEqual({ code: "validation", key: "errors.transfer.agentNotMember", field: "targetId" });
    expect(await refusalOf(to(away))).toEqual({ code: "validation", key: "errors.transfer.agentUnavailable", field: "targetId" });
    expect(await refusalOf(to("no-such-user"))).toEqual({ code: "validation", key: "errors.transfer.agentNotFound", field: "targetId" });
    expect(await refusalOf(to(a))).toEqual({ code: "validation", key: "errors.transfer.sameAgent", field: "targetId" });
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { assignedToId: true } })).toEqual({
      assignedToId: a,
    });
    expect(await db.conversationEvent.count({ where: { conversationId } })).toBe(0);

    // The dialog lists the same agents with why they can't be chosen.
    const targets = await listTransferTargets({ user: actor, conversationId, q: "" });
    expect(
      targets?.agents.map(({ id, isAvailable, hasRoom }) => ({ id, isAvailable, hasRoom })).sort((x, y) => x.id.localeCompare(y.id)),
    ).toEqual(
      [
        { id: full, isAvailable: true, hasRoom: false },
        { id: away, isAvailable: false, hasRoom: true },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );
  });

  it("lets only the agent who has it transfer it, and nobody transfer a resolved one", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const a = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const b = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const c = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const held = await createConversation(setup, { assignedToId: a });
    const resolved = await createConversation(setup, { assignedToId: b, status: "RESOLVED" });
    const byC = await actorOf(c);
    expect(
      await refusalOf(transferConversation({ input: { conversationId: held, targetType: "agent", targetId: b, note: "" }, actor: byC })),
    ).toEqual({
      code: "conflict",
      key: "errors.transfer.notYours",
      field: null,
    });
    expect(
      await refusalOf(
        transferConversation({
          input: { conversationId: resolved, targetType: "queue", targetId: setup.queueId, note: "" },
          actor: await actorOf(b),
        }),
      ),
    ).toEqual({ code: "conflict", key: "errors.transfer.closed", field: null });
    // A conversation the user can't see doesn't exist for them.
    const stranger = await createAgent({ queueId: (await createSmsSetup()).queueId, capacity: 5 });
    expect(
      await refusalOf(
        transferConversation({
          input: { conversationId: held, targetType: "agent", targetId: b, note: "" },
          actor: await actorOf(stranger),
        }),
      ),
    ).toEqual({ code: "notFound", key: "errors.conversation.notFound", field: null });
  });

  it("moves it to another queue, where a push workstream offers it to that queue's agents but not back to the sender", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH" });
    const a = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const target = await db.queue.create({ data: { name: `Escalations ${Date.now()}` }, select: { id: true, name: true } });
    const b = await createAgent({ queueId: target.id, capacity: 5 });
    await db.queueMember.create({ data: { queueId: target.id, userId: a } }); // the sender is a member too
    const conversationId = await createConversation(setup, { assignedToId: a });

    const result = await transferConversation({
      input: { conversationId, targetType: "queue", targetId: target.id, note: "" },
      actor: await actorOf(a),
    });

    expect(result.queue).toBe(target.name);
    expect(
      await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { queueId: true, assignedToId: true } }),
    ).toEqual({
      queueId: target.id,
      assignedToId: b,
    });
    await expect
      .poll(() => heard.filter((signal) => signal.type === "agent.notification"))
      .toEqual([expect.objectContaining({ kind: "transferRequest", recipients: { userIds: [b], queueId: null, exceptUserId: a } })]);
  });

  it("leaves it waiting in a queue outside its operating hours, even with a push workstream and agents with room", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH" });
    const a = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const closedAllWeek = JSON.stringify(Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((day) => [day, []])));
    const hours = await db.operatingHours.create({
      data: { name: `Night desk ${Date.now()}`, timeZone: "UTC", weekly: closedAllWeek, exceptions: "[]" },
      select: { id: true },
    });
    const target = await db.queue.create({ data: { name: `Night ${Date.now()}`, operatingHoursId: hours.id }, select: { id: true } });
    await createAgent({ queueId: target.id, capacity: 5 });
    const conversationId = await createConversation(setup, { assignedToId: a });

    const result = await transferConversation({
      input: { conversationId, targetType: "queue", targetId: target.id, note: "" },
      actor: await actorOf(a),
    });

    expect(result.agent).toBeNull();
    expect(
      await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { queueId: true, assignedToId: true } }),
    ).toEqual({ queueId: target.id, assignedToId: null });
    // Its members hear of it, as with a pick workstream (they may still take it).
    await expect
      .poll(() => heard.filter((signal) => signal.type === "agent.notification"))
      .toEqual([expect.objectContaining({ kind: "transferRequest", recipients: { userIds: [], queueId: target.id, exceptUserId: a } })]);
  });

  it("in a pick workstream leaves it waiting in the new queue and tells that queue's members", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const a = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const target = await db.queue.create({ data: { name: `Second line ${Date.now()}` }, select: { id: true } });
    const conversationId = await createConversation(setup, { assignedToId: a });
    await transferConversation({ input: { conversationId, targetType: "queue", targetId: target.id, note: "" }, actor: await actorOf(a) });
    expect(
      await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { queueId: true, assignedToId: true } }),
    ).toEqual({
      queueId: target.id,
      assignedToId: null,
    });
    await expect
      .poll(() => heard.filter((signal) => signal.type === "agent.notification"))
      .toEqual([expect.objectContaining({ kind: "transferRequest", recipients: { userIds: [], queueId: target.id, exceptUserId: a } })]);
  });
});

// The message flow's periodic passes against a real database, the embedded job engine and a loopback
// Twilio: inactivity auto-close, and waiting push conversations handed out as agents get room.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeTwilio } from "@/lib/testing/fake-twilio";
import { createTestDatabase } from "@/lib/testing/test-database";

const twilio = await startFakeTwilio();
const testDatabase = await createTestDatabase({
  env: { TWILIO_API_BASE_URL: twilio.baseUrl, PUBLIC_BASE_URL: "https://switchboard.example.com" },
});
const { db } = await import("@/lib/db");
const { assignWaitingConversations, closeInactiveConversations } = await import("./worker");
const { finishConversation } = await import("./outbound");
const { createAgent, createAutomatedMessage, createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
const { startTestJobEngine } = await import("@/lib/testing/job-engine");
const jobs = await startTestJobEngine();

beforeEach(() => void twilio.sends.splice(0));
afterAll(async () => {
  await jobs.stop();
  await testDatabase.drop();
  await twilio.close();
});

const minutes = (count: number) => count * 60_000;
const statusOf = (id: string) =>
  db.conversation.findUniqueOrThrow({
    where: { id },
    select: { status: true, closedAt: true, closedReason: true, closedById: true, assignedToId: true },
  });

describe("closeInactiveConversations", { timeout: 30_000 }, () => {
  it("closes a conversation once its workstream's inactivity time has passed, not before, and sends the session-ended message", async () => {
    const lastMessageAt = new Date("2026-01-10T10:00:00.000Z");
    const setup = await createSmsSetup({ distributionMode: "PICK", autoCloseMinutes: 30 });
    await createAutomatedMessage(setup, { trigger: "sessionEnded", text: "We closed this chat after 30 quiet minutes." });
    const idle = await createConversation(setup, { lastMessageAt });
    const recent = await createConversation(setup, { lastMessageAt: new Date(lastMessageAt.getTime() + minutes(10)) });
    const noAutoClose = await createSmsSetup({ distributionMode: "PICK", autoCloseMinutes: null });
    const elsewhere = await createConversation(noAutoClose, { lastMessageAt });

    await closeInactiveConversations(new Date(lastMessageAt.getTime() + minutes(29)));
    expect((await statusOf(idle)).status).toBe("OPEN");
    expect(twilio.sends).toEqual([]);

    const now = new Date(lastMessageAt.getTime() + minutes(31));
    await closeInactiveConversations(now);
    await jobs.settle();
    expect(await statusOf(idle)).toMatchObject({ status: "RESOLVED", closedAt: now, closedReason: "timeout", closedById: null });
    expect((await statusOf(recent)).status).toBe("OPEN");
    expect((await statusOf(elsewhere)).status).toBe("OPEN");
    const customer = await db.conversation.findUniqueOrThrow({ where: { id: idle }, select: { customerAddress: true } });
    expect(twilio.sends).toEqual([
      {
        accountSid: expect.stringMatching(/^AC/),
        to: customer.customerAddress,
        from: setup.number.address,
        body: "We closed this chat after 30 quiet minutes.",
      },
    ]);
    expect(
      await db.message.findMany({
        where: { conversationId: idle },
        select: { direction: true, kind: true, trigger: true, status: true, body: true },
      }),
    ).toEqual([
      {
        direction: "OUTBOUND",
        kind: "automated",
        trigger: "sessionEnded",
        status: "QUEUED",
        body: "We closed this chat after 30 quiet minutes.",
      },
    ]);

    // A later pass closes the other one in its turn; the closed one gets no second message.
    await closeInactiveConversations(new Date(now.getTime() + minutes(60)));
    await jobs.settle();
    expect((await statusOf(recent)).status).toBe("RESOLVED");
    expect(twilio.sends).toHaveLength(2);
    expect(await db.message.count({ where: { conversationId: idle } })).toBe(1);
  });
});

describe("assignWaitingConversations", { timeout: 30_000 }, () => {
  it("leaves a push conversation waiting while every allowed agent is full, then gives it to the first one who frees up", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH" });
    await createAutomatedMessage(setup, { trigger: "agentAssigned", text: "{AgentName} will help you." });
    const busy = await createAgent({ queueId: setup.queueId, capacity: 1 });
    // Has room, but Away isn't among the workstream's allowed presences (Available, Busy).
    await createAgent({ queueId: setup.queueId, capacity: 5, presence: "AWAY" });
    const busyChat = await createConversation(setup, { assignedToId: busy });
    const waiting = await createConversation(setup);

    await assignWaitingConversations();
    expect((await statusOf(waiting)).assignedToId).toBeNull();
    expect(twilio.sends).toEqual([]);

    await finishConversation({ conversationId: busyChat, reason: "agent", closedById: busy });
    await assignWaitingConversations();
    await jobs.settle();
    expect((await statusOf(waiting)).assignedToId).toBe(busy);
    const agent = await db.user.findUniqueOrThrow({ where: { id: busy }, select: { name: true } });
    expect(twilio.sends.map((send) => send.body)).toEqual([`${agent.name} will help you.`]);
  });

  it("keeps push conversations waiting while their queue is outside its operating hours, and hands them out once it opens", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH" });
    const agent = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const closedAllWeek = JSON.stringify(Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((day) => [day, []])));
    const hours = await db.operatingHours.create({
      data: { name: `Queue hours ${setup.queueId}`, timeZone: "UTC", weekly: closedAllWeek, exceptions: "[]" },
      select: { id: true },
    });
    await db.queue.update({ where: { id: setup.queueId }, data: { operatingHoursId: hours.id }, select: { id: true } });
    const waiting = await createConversation(setup);

    await assignWaitingConversations();
    expect((await statusOf(waiting)).assignedToId).toBeNull();
    // Every push path asks the same question: a new conversation routed now would wait too.
    const { assignToFirstWithRoom } = await import("./assignment");
    const workstream = { allowedPresences: '["AVAILABLE","BUSY"]', capacityUnits: 1 };
    expect(await assignToFirstWithRoom({ conversationId: waiting, queueId: setup.queueId, workstream, preferredUserId: null })).toBeNull();
    // The routing tester says so, rather than naming an agent who would not get it now.
    const { explainAssignment } = await import("@/lib/workstreams/routing-rules/explain-assignment");
    expect(await explainAssignment({ workstreamId: setup.workstreamId, ruleId: null })).toMatchObject({ mode: "push", queueOpen: false });

    // Open all day, every day (an interval from midnight to midnight runs through the day).
    const openAllWeek = JSON.stringify(Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((day) => [day, [{ start: "00:00", end: "00:00" }]])));
    await db.operatingHours.update({ where: { id: hours.id }, data: { weekly: openAllWeek }, select: { id: true } });
    expect(await explainAssignment({ workstreamId: setup.workstreamId, ruleId: null })).toMatchObject({ mode: "push", queueOpen: true });
    await assignWaitingConversations();
    expect((await statusOf(waiting)).assignedToId).toBe(agent);
  });

  it("respects the workstream's allowed presences and each agent's capacity in units", async () => {
    // Each conversation of this workstream costs 2 units.
    const setup = await createSmsSetup({ distributionMode: "PUSH", capacityUnits: 2, allowedPresences: ["AVAILABLE"] });
    // The least loaded of all, but Busy isn't allowed here.
    await createAgent({ queueId: setup.queueId, capacity: 10, presence: "BUSY" });
    const almostFull = await createAgent({ queueId: setup.queueId, capacity: 3 });
    await createConversation(setup, { assignedToId: almostFull });
    const withRoom = await createAgent({ queueId: setup.queueId, capacity: 4 });
    await createConversation(setup, { assignedToId: withRoom });
    const [first, second] = [await createConversation(setup), await createConversation(setup)];

    await assignWaitingConversations();

    // 2 + 2 ≤ 4 for withRoom; 2 + 2 > 3 for almostFull; BUSY isn't allowed here. Then withRoom is full too.
    expect((await statusOf(first)).assignedToId).toBe(withRoom);
    expect((await statusOf(second)).assignedToId).toBeNull();
  });

  it("reads only queues whose agents have room, and only as far as their free places, oldest first", async () => {
    // A backlog in a queue where everyone is full must not hold up a queue where someone has room.
    await db.conversation.updateMany({ where: { status: "OPEN" }, data: { status: "RESOLVED" } }); // earlier tests' leftovers
    const full = await createSmsSetup({ distributionMode: "PUSH" });
    const fullAgent = await createAgent({ queueId: full.queueId, capacity: 1 });
    await createConversation(full, { assignedToId: fullAgent });
    const backlog = [await createConversation(full), await createConversation(full)];
    const open = await createSmsSetup({ distributionMode: "PUSH" });
    const agent = await createAgent({ queueId: open.queueId, capacity: 2 });
    const [oldest, next, newest] = [await createConversation(open), await createConversation(open), await createConversation(open)];

    await assignWaitingConversations(2);

    expect((await statusOf(oldest)).assignedToId).toBe(agent);
    expect((await statusOf(next)).assignedToId).toBe(agent);
    expect((await statusOf(newest)).assignedToId).toBeNull();
    for (const id of backlog) expect((await statusOf(id)).assignedToId).toBeNull();
  });
});

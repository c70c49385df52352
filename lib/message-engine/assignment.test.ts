// Push assignment of a new inbound conversation (route-inbound → findPushAgent) against a real database:
// capacity, presence, least loaded first, and "keep same agent".
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { routeInboundMessage } = await import("./route-inbound");
const { createAgent, createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");

afterAll(() => testDatabase.drop());

let sequence = 0;
type Setup = Awaited<ReturnType<typeof createSmsSetup>>;

async function receive(setup: Setup, from: string) {
  const message = {
    providerMessageId: `SMin${(sequence += 1)}`,
    from,
    to: setup.number.address,
    body: "hello",
    media: [],
    content: null,
    channel: "SMS" as const,
    consentAction: null,
  };
  const routed = await routeInboundMessage({ accountId: setup.accountId, provider: "TWILIO", message, payload: "" });
  if (routed.outcome !== "routed") throw new Error(`held: ${routed.reason}`);
  return db.conversation.findUniqueOrThrow({
    where: { id: routed.conversationId },
    select: { assignedToId: true, queueId: true, status: true },
  });
}

describe("push assignment of a new inbound conversation", { timeout: 30_000 }, () => {
  it("skips an agent at capacity and one whose presence the workstream doesn't allow, and picks the least loaded with room", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH" });
    const full = await createAgent({ queueId: setup.queueId, capacity: 1 });
    await createConversation(setup, { assignedToId: full });
    const offline = await createAgent({ queueId: setup.queueId, capacity: 10, presence: "APPEAR_OFFLINE" });
    const halfLoaded = await createAgent({ queueId: setup.queueId, capacity: 4 });
    await createConversation(setup, { assignedToId: halfLoaded });
    await createConversation(setup, { assignedToId: halfLoaded });
    const quarterLoaded = await createAgent({ queueId: setup.queueId, capacity: 4 });
    await createConversation(setup, { assignedToId: quarterLoaded });
    // Closed conversations don't count against capacity.
    await createConversation(setup, { assignedToId: quarterLoaded, status: "RESOLVED" });
    await createConversation(setup, { assignedToId: quarterLoaded, status: "RESOLVED" });

    const conversation = await receive(setup, "+14445551001");

    expect(conversation).toEqual({ assignedToId: quarterLoaded, queueId: setup.queueId, status: "OPEN" });
    expect([full, offline, halfLoaded]).not.toContain(conversation.assignedToId);
  });

  it("leaves the conversation unassigned in its queue when nobody has room", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH", capacityUnits: 3 });
    const agent = await createAgent({ queueId: setup.queueId, capacity: 5 });
    await createConversation(setup, { assignedToId: agent });

    // 3 + 3 > 5: one more conversation of this workstream doesn't fit.
    expect(await receive(setup, "+14445551002")).toEqual({ assignedToId: null, queueId: setup.queueId, status: "OPEN" });
  });

  it("gives a returning customer their previous agent with 'keep same agent', even when another is less loaded", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH", keepSameAgent: true });
    const previous = await createAgent({ queueId: setup.queueId, capacity: 4 });
    await createConversation(setup, { assignedToId: previous });
    await createAgent({ queueId: setup.queueId, capacity: 4 });
    await createConversation(setup, { assignedToId: previous, customerAddress: "+14445551003", status: "RESOLVED" });

    expect((await receive(setup, "+14445551003")).assignedToId).toBe(previous);
  });

  it("leaves a pick workstream's conversation in the queue for agents to take", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    await createAgent({ queueId: setup.queueId, capacity: 10 });

    expect(await receive(setup, "+14445551004")).toEqual({ assignedToId: null, queueId: setup.queueId, status: "OPEN" });
  });
});

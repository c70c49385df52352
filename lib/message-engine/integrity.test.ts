// Integrity the database enforces (issue #12 item 2, decision 017), each tried with concurrent
// attempts against a real database: one open conversation per (our number, customer), an agent's
// capacity under concurrent routing, and one winner when agents Take the same conversation.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { Prisma } = await import("@/lib/generated/prisma/client");
const { routeInboundMessage } = await import("./route-inbound");
const { takeConversation, reopenConversation, finishConversation } = await import("./outbound");
const { ActionError } = await import("@/lib/actions/action-error");
const { createAgent, createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");

afterAll(() => testDatabase.drop());

let sequence = 0;
type Setup = Awaited<ReturnType<typeof createSmsSetup>>;

function route(setup: Setup, from: string, body = "hello") {
  return routeInboundMessage({
    accountId: setup.accountId,
    provider: "TWILIO",
    message: {
      providerMessageId: `SMint${(sequence += 1)}`,
      from,
      to: setup.number.address,
      body,
      media: [],
      content: null,
      channel: "SMS",
      consentAction: null,
    },
    payload: "",
  });
}

const actorOf = async (id: string) => {
  const user = await db.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, name: true, role: true } });
  return user;
};

describe("database-enforced integrity", { timeout: 30_000 }, () => {
  it("refuses a second open conversation for the same number and customer, but not a resolved one", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const customerAddress = "+14445559001";
    await createConversation(setup, { customerAddress });
    await createConversation(setup, { customerAddress, status: "RESOLVED" });
    await createConversation(setup, { customerAddress, status: "RESOLVED" });

    const second = createConversation(setup, { customerAddress });
    await expect(second).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(second).rejects.toMatchObject({ code: "P2002" });
  });

  it("routes concurrent first messages of one customer into one conversation (the loser re-reads the winner's)", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const customer = "+14445559002";

    const routed = await Promise.all(Array.from({ length: 6 }, (_, n) => route(setup, customer, `message ${n}`)));

    const ids = new Set(routed.map((result) => (result.outcome === "routed" ? result.conversationId : result.reason)));
    expect(ids.size).toBe(1);
    const conversations = await db.conversation.findMany({
      where: { accountId: setup.accountId, customerAddress: customer },
      select: { status: true, _count: { select: { messages: true } } },
    });
    expect(conversations).toEqual([{ status: "OPEN", _count: { messages: 6 } }]);
  });

  it("never assigns an agent more than their capacity when new conversations are routed at the same time", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH" });
    const agent = await createAgent({ queueId: setup.queueId, capacity: 3 });
    await createConversation(setup, { assignedToId: agent });

    await Promise.all(Array.from({ length: 8 }, (_, n) => route(setup, `+1444555910${n}`)));

    // 1 before + 2 more = 3; the other six wait unassigned in the queue.
    expect(await db.conversation.count({ where: { assignedToId: agent, status: "OPEN" } })).toBe(3);
    expect(await db.conversation.count({ where: { accountId: setup.accountId, assignedToId: null, status: "OPEN" } })).toBe(6);
  });

  it("spreads concurrent conversations over agents without overfilling any, in capacity units", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH", capacityUnits: 2 });
    const small = await createAgent({ queueId: setup.queueId, capacity: 4 });
    const large = await createAgent({ queueId: setup.queueId, capacity: 6 });

    await Promise.all(Array.from({ length: 9 }, (_, n) => route(setup, `+1444555920${n}`)));

    const loads = await Promise.all([small, large].map((id) => db.conversation.count({ where: { assignedToId: id, status: "OPEN" } })));
    // Each conversation costs 2 units: 4 / 2 and 6 / 2.
    expect(loads).toEqual([2, 3]);
  });

  it("gives a pick-mode conversation to exactly one of several agents clicking Take at once", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const agents = await Promise.all(Array.from({ length: 5 }, () => createAgent({ queueId: setup.queueId, capacity: 10 })));
    const conversationId = await createConversation(setup);
    const actors = await Promise.all(agents.map(actorOf));

    const results = await Promise.allSettled(actors.map((actor) => takeConversation({ conversationId, actor })));

    const winners = results.filter((result) => result.status === "fulfilled");
    expect(winners).toHaveLength(1);
    for (const result of results.filter((entry) => entry.status === "rejected"))
      expect(result.reason).toMatchObject({ messageKey: "errors.conversation.notYours" });
    const { assignedToId } = await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { assignedToId: true } });
    expect(agents).toContain(assignedToId);
    expect(results[agents.indexOf(assignedToId!)]!.status).toBe("fulfilled");
  });

  it("refuses to reopen a conversation once the customer has a newer open one", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const agent = await createAgent({ queueId: setup.queueId, capacity: 10 });
    const customerAddress = "+14445559301";
    const old = await createConversation(setup, { customerAddress, assignedToId: agent });
    await finishConversation({ conversationId: old, reason: "agent", closedById: agent });
    await createConversation(setup, { customerAddress });

    await expect(reopenConversation({ conversationId: old, actor: await actorOf(agent) })).rejects.toBeInstanceOf(ActionError);
    expect(await db.conversation.count({ where: { numberId: setup.number.id, customerAddress, status: "OPEN" } })).toBe(1);
  });
});

// Skill matching in push assignment against a real database (SQLite and PostgreSQL): the routing rule's
// required skills travel with the conversation, decide the agent on arrival and again for a waiting
// conversation (the worker), and the routing tester's explanation agrees with what the router did.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { routeInboundMessage } = await import("./route-inbound");
const { assignWaitingConversations } = await import("./worker");
const { explainAssignment } = await import("@/lib/workstreams/routing-rules/explain-assignment");
const { createAgent, createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");

afterAll(() => testDatabase.drop());

let sequence = 0;
type Setup = Awaited<ReturnType<typeof createSmsSetup>>;

async function billingRule(setup: Setup, requiredSkills: string[]) {
  return db.routingRule.create({
    data: {
      workstreamId: setup.workstreamId,
      position: 0,
      name: "Billing",
      conditions: JSON.stringify([{ field: "messageText", operator: "contains", value: "invoice" }]),
      queueId: setup.queueId,
      requiredSkills: JSON.stringify(requiredSkills),
    },
    select: { id: true },
  });
}

async function receive(setup: Setup, body: string) {
  sequence += 1;
  const message = {
    providerMessageId: `SMskill${sequence}`,
    from: `+1666555${String(sequence).padStart(4, "0")}`,
    to: setup.number.address,
    body,
    media: [],
    content: null,
    channel: "SMS" as const,
    consentAction: null,
  };
  const routed = await routeInboundMessage({ accountId: setup.accountId, provider: "TWILIO", message, payload: "" });
  if (routed.outcome !== "routed") throw new Error(`held: ${routed.reason}`);
  return db.conversation.findUniqueOrThrow({
    where: { id: routed.conversationId },
    select: { id: true, assignedToId: true, requiredSkills: true },
  });
}

describe("skill matching in push assignment", { timeout: 60_000 }, () => {
  it("EXACT: the conversation goes to the agent having every skill its rule requires, even when busier", async () => {
    const setup = await createSmsSetup({ skillMatching: "EXACT" });
    await billingRule(setup, ["Billing", "French"]);
    await createAgent({ queueId: setup.queueId, capacity: 10, skills: ["Billing"] });
    const expert = await createAgent({ queueId: setup.queueId, capacity: 10, skills: ["french", "BILLING"] });
    await createConversation(setup, { assignedToId: expert });

    const conversation = await receive(setup, "About my invoice");
    expect(conversation.assignedToId).toBe(expert);
    expect(JSON.parse(conversation.requiredSkills)).toEqual(["Billing", "French"]);
    // A message no rule matched goes to the fallback queue, which requires nothing: the least loaded agent.
    expect((await receive(setup, "hello")).assignedToId).not.toBe(expert);
  });

  it("EXACT: with no qualified agent the conversation waits, and the worker assigns it once one has room", async () => {
    const setup = await createSmsSetup({ skillMatching: "EXACT" });
    await billingRule(setup, ["Billing"]);
    await createAgent({ queueId: setup.queueId, capacity: 10, skills: ["Sales"] });
    const expert = await createAgent({ queueId: setup.queueId, capacity: 1, skills: ["Billing"] });
    const busy = await createConversation(setup, { assignedToId: expert });

    const waiting = await receive(setup, "invoice please");
    expect(waiting.assignedToId).toBeNull();
    await assignWaitingConversations();
    expect((await db.conversation.findUniqueOrThrow({ where: { id: waiting.id } })).assignedToId).toBeNull();

    await db.conversation.update({ where: { id: busy }, data: { status: "RESOLVED" } });
    await assignWaitingConversations();
    expect((await db.conversation.findUniqueOrThrow({ where: { id: waiting.id } })).assignedToId).toBe(expert);
  });

  it("CLOSEST: the agent with the most matching skills first; without any match, the least busy agent", async () => {
    const setup = await createSmsSetup({ skillMatching: "CLOSEST" });
    await billingRule(setup, ["Billing", "French"]);
    const idle = await createAgent({ queueId: setup.queueId, capacity: 10, skills: [] });
    const partial = await createAgent({ queueId: setup.queueId, capacity: 10, skills: ["Billing"] });
    await createConversation(setup, { assignedToId: partial });
    await createConversation(setup, { assignedToId: partial });
    expect((await receive(setup, "invoice")).assignedToId).toBe(partial);

    const other = await createSmsSetup({ skillMatching: "CLOSEST" });
    await billingRule(other, ["Billing"]);
    const loaded = await createAgent({ queueId: other.queueId, capacity: 10, skills: ["Sales"] });
    await createConversation(other, { assignedToId: loaded });
    const free = await createAgent({ queueId: other.queueId, capacity: 10, skills: [] });
    expect((await receive(other, "invoice")).assignedToId).toBe(free);
    expect(idle).not.toBe(free);
  });

  it("CLOSEST keeps capacity: a skilled agent without room is passed over for a less skilled one", async () => {
    const setup = await createSmsSetup({ skillMatching: "CLOSEST" });
    await billingRule(setup, ["Billing"]);
    const expert = await createAgent({ queueId: setup.queueId, capacity: 1, skills: ["Billing"] });
    await createConversation(setup, { assignedToId: expert });
    const novice = await createAgent({ queueId: setup.queueId, capacity: 5, skills: [] });
    expect((await receive(setup, "invoice")).assignedToId).toBe(novice);
  });

  it("NONE: skills play no part — the least loaded agent gets it", async () => {
    const setup = await createSmsSetup({ skillMatching: "NONE" });
    await billingRule(setup, ["Billing"]);
    const expert = await createAgent({ queueId: setup.queueId, capacity: 10, skills: ["Billing"] });
    await createConversation(setup, { assignedToId: expert });
    const novice = await createAgent({ queueId: setup.queueId, capacity: 10, skills: [] });
    expect((await receive(setup, "invoice")).assignedToId).toBe(novice);
  });

  it("the routing tester names the agent the router would choose, and why the others are passed over", async () => {
    const setup = await createSmsSetup({ skillMatching: "EXACT" });
    const rule = await billingRule(setup, ["Billing"]);
    const expert = await createAgent({ queueId: setup.queueId, capacity: 10, skills: ["Billing"] });
    const unskilled = await createAgent({ queueId: setup.queueId, capacity: 10, skills: [] });
    const away = await createAgent({ queueId: setup.queueId, capacity: 10, skills: ["Billing"], presence: "AWAY" });

    const explanation = await explainAssignment({ workstreamId: setup.workstreamId, ruleId: rule.id });
    if (explanation.mode !== "push") throw new Error("expected a push explanation");
    expect(explanation.requiredSkills).toEqual(["Billing"]);
    expect(explanation.agents.map((agent) => [agent.userId, agent.rank, agent.excludedBy])).toEqual(
      expect.arrayContaining([
        [expert, 1, null],
        [unskilled, null, "skills"],
        [away, null, "presence"],
      ]),
    );
    expect(explanation.agents[0]!.userId).toBe(expert);
    expect((await receive(setup, "invoice")).assignedToId).toBe(expert);

    // The fallback queue requires nothing: the unskilled agent qualifies there too.
    const fallback = await explainAssignment({ workstreamId: setup.workstreamId, ruleId: null });
    if (fallback.mode !== "push") throw new Error("expected a push explanation");
    expect(fallback.agents.find((agent) => agent.userId === unskilled)?.excludedBy).toBeNull();
  });
});

// Automated messages skip a customer who opted out (an OptedOutError from the consent check, told
// apart from real failures by its type, not its catalog key), and still reach everyone else.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startFakeTwilio } from "@/lib/testing/fake-twilio";
import { createTestDatabase } from "@/lib/testing/test-database";

const twilio = await startFakeTwilio();
const testDatabase = await createTestDatabase({
  env: { TWILIO_API_BASE_URL: twilio.baseUrl, PUBLIC_BASE_URL: "https://switchboard.example.com" },
});
const { logger } = await import("@/lib/logger");
const { sendAutomatedMessage } = await import("./automated");
const { OptedOutError, assertNotOptedOut, recordConsent } = await import("./consent");
const { createAgent, createAutomatedMessage, createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
const { db } = await import("@/lib/db");
const { closeConversation, finishConversation, sendAgentReply, takeConversation } = await import("./outbound");
const { startTestJobEngine } = await import("@/lib/testing/job-engine");
const jobs = await startTestJobEngine();

beforeEach(() => void twilio.sends.splice(0));
afterAll(async () => {
  await jobs.stop();
  await testDatabase.drop();
  await twilio.close();
});

/** A user as the actions see them. */
const actorOf = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, name: true, role: true } });
/** What the fake Twilio was asked to send to `customer`, in order, once every send job has run. */
async function sentTo(customer: string) {
  await jobs.settle();
  return twilio.sends.filter((send) => send.to === customer).map((send) => send.body);
}

describe("sendAutomatedMessage and consent", () => {
  it("sends to a customer who did not opt out, and skips one who did as expected, not as a failure", async () => {
    const logged = vi.spyOn(logger, "error");
    const setup = await createSmsSetup();
    await createAutomatedMessage(setup, { trigger: "agentAssigned", text: "An agent is with you." });
    const subscribed = await createConversation(setup, { customerAddress: "+14440000001" });
    const optedOut = await createConversation(setup, { customerAddress: "+14440000002" });
    await recordConsent({
      numberId: setup.number.id,
      customerAddress: "+14440000002",
      status: "OPTED_OUT",
      source: "keyword",
      keyword: "STOP",
    });

    expect(await sendAutomatedMessage({ conversationId: subscribed, trigger: "agentAssigned" })).not.toBeNull();
    expect(await sendAutomatedMessage({ conversationId: optedOut, trigger: "agentAssigned" })).toBeNull();
    // Each outbound message is its own send job (decision 017).
    await jobs.settle();
    expect(twilio.sends.map((send) => send.to)).toEqual(["+14440000001"]);
    expect(logged).not.toHaveBeenCalled();
  });

  it("refuses with an OptedOutError that still carries the key and values the user is shown", async () => {
    const setup = await createSmsSetup();
    await recordConsent({
      numberId: setup.number.id,
      customerAddress: "+14440000003",
      status: "OPTED_OUT",
      source: "keyword",
      keyword: "ARRET",
    });
    const refusal = await assertNotOptedOut(setup.number.id, "+14440000003").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(OptedOutError);
    expect(refusal).toMatchObject({
      code: "conflict",
      messageKey: "errors.conversation.optedOut",
      options: { values: { keyword: "ARRET" } },
    });
    await expect(assertNotOptedOut(setup.number.id, "+14440000004")).resolves.toBeUndefined();
  });
});

describe("an agent joining a conversation", () => {
  it("says agent joined when an agent takes a waiting conversation or answers it first; without it, taking says agent assigned", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const agent = await actorOf(await createAgent({ queueId: setup.queueId, capacity: 10 }));
    await createAutomatedMessage(setup, { trigger: "agentAssigned", text: "An agent is with you." });
    // Only "agent assigned" set: taking says it (as before), answering first says nothing more than the answer.
    const taken = await createConversation(setup, { customerAddress: "+14440000011" });
    await takeConversation({ conversationId: taken, actor: agent });
    expect(await sentTo("+14440000011")).toEqual(["An agent is with you."]);
    const answered = await createConversation(setup, { customerAddress: "+14440000012" });
    await sendAgentReply({ conversationId: answered, actor: agent, body: "Hello, how can I help?", attachments: [] });
    expect(await sentTo("+14440000012")).toEqual(["Hello, how can I help?"]);

    // "Agent joined" set: it replaces "agent assigned" when taking, and comes before the first answer.
    await createAutomatedMessage(setup, { trigger: "agentJoined", text: "{AgentName} joined the conversation." });
    const takenAgain = await createConversation(setup, { customerAddress: "+14440000013" });
    await takeConversation({ conversationId: takenAgain, actor: agent });
    expect(await sentTo("+14440000013")).toEqual([`${agent.name} joined the conversation.`]);
    const answeredAgain = await createConversation(setup, { customerAddress: "+14440000014" });
    await sendAgentReply({ conversationId: answeredAgain, actor: agent, body: "Hello again.", attachments: [] });
    expect(await sentTo("+14440000014")).toEqual([`${agent.name} joined the conversation.`, "Hello again."]);
    // Answering a conversation already one's own says nothing more.
    await sendAgentReply({ conversationId: answeredAgain, actor: agent, body: "Anything else?", attachments: [] });
    expect(await sentTo("+14440000014")).toEqual([`${agent.name} joined the conversation.`, "Hello again.", "Anything else?"]);
  });
});

describe("a conversation closing", () => {
  it("says agent ended when its agent closes it, else session ended; a timeout says session ended", async () => {
    const setup = await createSmsSetup();
    const agent = await actorOf(await createAgent({ queueId: setup.queueId, capacity: 10 }));
    await createAutomatedMessage(setup, { trigger: "sessionEnded", text: "This conversation has ended." });
    const first = await createConversation(setup, { customerAddress: "+14440000021", assignedToId: agent.id });
    await closeConversation({ conversationId: first, actor: agent });
    expect(await sentTo("+14440000021")).toEqual(["This conversation has ended."]);

    await createAutomatedMessage(setup, { trigger: "agentEndedConversation", text: "{AgentName} closed this conversation." });
    const second = await createConversation(setup, { customerAddress: "+14440000022", assignedToId: agent.id });
    await closeConversation({ conversationId: second, actor: agent });
    expect(await sentTo("+14440000022")).toEqual([`${agent.name} closed this conversation.`]);
    const idle = await createConversation(setup, { customerAddress: "+14440000023", assignedToId: agent.id });
    await finishConversation({ conversationId: idle, reason: "timeout", closedById: null });
    expect(await sentTo("+14440000023")).toEqual(["This conversation has ended."]);
  });
});

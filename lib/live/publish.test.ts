// The message engine and the agent actions announce their changes on the live channel (in-process on
// SQLite): a new conversation, a message of an existing one, assignment, status, close and reopen —
// each with the audience that decides who hears it, and never any message text.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeTwilio } from "@/lib/testing/fake-twilio";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { LiveSignal } from "./events";

const twilio = await startFakeTwilio();
const testDatabase = await createTestDatabase({
  env: { TWILIO_API_BASE_URL: twilio.baseUrl, PUBLIC_BASE_URL: "https://switchboard.example.com" },
});
const { db } = await import("@/lib/db");
const { getLiveTransport } = await import("./bus");
const { routeInboundMessage } = await import("@/lib/message-engine/route-inbound");
const { applyStatusUpdate } = await import("@/lib/message-engine/status-update");
const { closeConversation, reopenConversation, sendAgentReply, takeConversation } = await import("@/lib/message-engine/outbound");
const { setPresence } = await import("@/lib/conversations/presence");
const { createAgent, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
const { startTestJobEngine } = await import("@/lib/testing/job-engine");
const jobs = await startTestJobEngine();

const heard: LiveSignal[] = [];
// A transport that (re)starts listening says "resync" (on PostgreSQL, once connected): not a publish point.
// Agent notifications follow some of these events; lib/conversations/notifications.test.ts covers them.
const unsubscribe = getLiveTransport().subscribe((signal) => {
  if (signal.type !== "resync" && signal.type !== "agent.notification") heard.push(signal);
});
beforeEach(() => void heard.splice(0));
afterAll(async () => {
  unsubscribe();
  await jobs.stop();
  await testDatabase.drop();
  await twilio.close();
});

let sequence = 0;
const inbound = (to: string, from: string, body: string) => ({
  providerMessageId: `SM${Date.now()}${(sequence += 1)}`,
  from,
  to,
  body,
  media: [],
  content: null,
  channel: "SMS" as const,
  consentAction: null,
});

/** The events heard once `count` have arrived (they are published without the caller waiting). */
async function events(count: number) {
  await expect.poll(() => heard.length).toBeGreaterThanOrEqual(count);
  return heard.map((signal) => ({ ...signal, id: "<id>" }));
}

// The first test also pays for warming up Prisma and SQLite, which takes seconds on a busy machine.
describe("publish points", { timeout: 30_000 }, () => {
  it("announces a new conversation, then each message of it, to its queue and assignee", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH" });
    const agent = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const first = await routeInboundMessage({
      accountId: setup.accountId,
      provider: "TWILIO",
      message: inbound(setup.number.address, "+14445550101", "Where is my parcel?"),
      payload: "{}",
    });
    if (first.outcome !== "routed") throw new Error("not routed");
    const [created] = await events(1);
    const firstMessage = await db.message.findFirstOrThrow({ where: { conversationId: first.conversationId }, select: { id: true } });
    expect(created).toEqual({
      id: "<id>",
      type: "conversation.created",
      conversationId: first.conversationId,
      messageId: firstMessage.id,
      audience: { queueId: setup.queueId, agentIds: [agent] },
    });
    expect(JSON.stringify(heard)).not.toContain("parcel");

    heard.splice(0);
    await routeInboundMessage({
      accountId: setup.accountId,
      provider: "TWILIO",
      message: inbound(setup.number.address, "+14445550101", "Hello?"),
      payload: "{}",
    });
    expect(await events(1)).toEqual([expect.objectContaining({ type: "message.added", conversationId: first.conversationId })]);
  });

  it("announces take, a reply and its statuses, close and reopen — naming the previous assignee on a change of hands", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const agentId = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const agent = { id: agentId, email: "a@example.com", name: "Agent", role: "AGENT" as const };
    const routed = await routeInboundMessage({
      accountId: setup.accountId,
      provider: "TWILIO",
      message: inbound(setup.number.address, "+14445550102", "Hi"),
      payload: "{}",
    });
    if (routed.outcome !== "routed") throw new Error("not routed");
    const { conversationId } = routed;
    await events(1);
    heard.splice(0);

    await takeConversation({ conversationId, actor: agent });
    expect(await events(1)).toEqual([
      { id: "<id>", type: "conversation.assigned", conversationId, audience: { queueId: setup.queueId, agentIds: [agentId] } },
    ]);

    heard.splice(0);
    const reply = await sendAgentReply({ conversationId, actor: agent, body: "On it", attachments: [] });
    // The reply is stored (message.added), then its send job reports the provider's answer (message.status).
    await jobs.settle();
    const replied = await events(2);
    expect(replied).toHaveLength(2);
    expect(replied).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "message.added", conversationId, messageId: reply.messageId }),
        expect.objectContaining({ type: "message.status", conversationId, messageId: reply.messageId }),
      ]),
    );
    const sent = await db.message.findUniqueOrThrow({ where: { id: reply.messageId }, select: { providerMessageId: true } });

    heard.splice(0);
    await applyStatusUpdate({
      accountId: setup.accountId,
      provider: "TWILIO",
      update: { providerMessageId: sent.providerMessageId!, status: "delivered", errorCode: null, errorMessage: null },
    });
    expect(await events(1)).toEqual([expect.objectContaining({ type: "message.status", messageId: reply.messageId })]);

    heard.splice(0);
    await closeConversation({ conversationId, actor: agent });
    expect(await events(1)).toEqual([expect.objectContaining({ type: "conversation.closed", conversationId })]);

    // It had been handed to a colleague before it was resolved; reopening it makes it this agent's again.
    heard.splice(0);
    const colleague = await createAgent({ queueId: setup.queueId, capacity: 5 });
    await db.conversation.update({ where: { id: conversationId }, data: { assignedToId: colleague }, select: { id: true } });
    await reopenConversation({ conversationId, actor: agent });
    expect(await events(1)).toEqual([
      expect.objectContaining({ type: "conversation.reopened", audience: { queueId: setup.queueId, agentIds: [agentId, colleague] } }),
    ]);
  });

  it("announces an agent's presence to that agent only", async () => {
    const setup = await createSmsSetup();
    const agentId = await createAgent({ queueId: setup.queueId, capacity: 5 });
    await setPresence({ user: { id: agentId, role: "AGENT" }, presence: "AWAY" });
    expect(await events(1)).toEqual([{ id: "<id>", type: "presence.changed", userId: agentId, presence: "AWAY" }]);
  });
});

// Which events tell which agents (lib/conversations/notifications.ts), who hears them on the live
// stream, and what the notification says (the workstream's template or the standard text's values).
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
const { canReceive } = await import("@/lib/live/stream");
const { toBrowserEvent } = await import("@/lib/live/events");
const { routeInboundMessage } = await import("@/lib/message-engine/route-inbound");
const { takeConversation } = await import("@/lib/message-engine/outbound");
const { findNotificationContent } = await import("./notification-content");
const { createAgent, createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
const { startTestJobEngine } = await import("@/lib/testing/job-engine");
const jobs = await startTestJobEngine();

const heard: LiveSignal[] = [];
const unsubscribe = getLiveTransport().subscribe((signal) => void heard.push(signal));
beforeEach(() => void heard.splice(0));
afterAll(async () => {
  unsubscribe();
  await jobs.stop();
  await testDatabase.drop();
  await twilio.close();
});

let sequence = 0;
const inbound = (to: string, from: string, body: string) => ({
  providerMessageId: `SM${Date.now()}n${(sequence += 1)}`,
  from,
  to,
  body,
  media: [],
  content: null,
  channel: "SMS" as const,
  consentAction: null,
});

async function route(setup: { accountId: string; number: { address: string } }, from: string, body: string) {
  const routed = await routeInboundMessage({
    accountId: setup.accountId,
    provider: "TWILIO",
    message: inbound(setup.number.address, from, body),
    payload: "{}",
  });
  if (routed.outcome !== "routed") throw new Error("not routed");
  return routed.conversationId;
}

const notifications = () => heard.filter((signal) => signal.type === "agent.notification");

describe("agent notifications", { timeout: 30_000 }, () => {
  it("tells the assignee of a new push conversation, then of each customer reply, never with message text", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH" });
    const agent = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const conversationId = await route(setup, "+14445551001", "My parcel is late");
    await expect.poll(notifications).toEqual([
      expect.objectContaining({
        kind: "incomingConversation",
        conversationId,
        recipients: { userIds: [agent], queueId: null, exceptUserId: null },
      }),
    ]);
    heard.splice(0);
    await route(setup, "+14445551001", "Hello?");
    await expect.poll(notifications).toEqual([expect.objectContaining({ kind: "customerReplied", conversationId })]);
    expect(JSON.stringify(heard)).not.toMatch(/parcel|Hello|4445551001/);
  });

  it("tells a pick queue's members of a new conversation, and nobody when an agent takes it", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const agentId = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const conversationId = await route(setup, "+14445551002", "Hi");
    await expect
      .poll(notifications)
      .toEqual([
        expect.objectContaining({ kind: "incomingConversation", recipients: { userIds: [], queueId: setup.queueId, exceptUserId: null } }),
      ]);
    heard.splice(0);
    await takeConversation({ conversationId, actor: { id: agentId, email: "a@example.com", name: "A", role: "AGENT" } });
    await expect.poll(() => heard.some((signal) => signal.type === "conversation.assigned")).toBe(true);
    // A reply after the take goes to the taker; the take itself told nobody.
    await route(setup, "+14445551002", "Still there?");
    await expect
      .poll(notifications)
      .toEqual([expect.objectContaining({ kind: "customerReplied", recipients: expect.objectContaining({ userIds: [agentId] }) })]);
  });

  it("says the customer is back when keep-same-agent gives the new conversation to the agent who resolved the last one", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH", keepSameAgent: true });
    const agent = await createAgent({ queueId: setup.queueId, capacity: 5 });
    await createConversation(setup, { assignedToId: agent, customerAddress: "+14445551003", status: "RESOLVED" });
    await route(setup, "+14445551003", "Me again");
    await expect
      .poll(notifications)
      .toEqual([expect.objectContaining({ kind: "conversationReopened", recipients: expect.objectContaining({ userIds: [agent] }) })]);
  });

  it("reaches the named users and the queue's members on the stream, never the one who caused it", () => {
    const signal: LiveSignal = {
      id: "1",
      type: "agent.notification",
      kind: "transferRequest",
      conversationId: "c1",
      recipients: { userIds: ["b"], queueId: "q1", exceptUserId: "a" },
    };
    const viewer = (id: string, queueIds: string[] = []) => ({ id, role: "AGENT" as const, queueIds: new Set(queueIds) });
    expect(canReceive(viewer("b"), signal)).toBe(true);
    expect(canReceive(viewer("c", ["q1"]), signal)).toBe(true);
    expect(canReceive(viewer("a", ["q1"]), signal)).toBe(false);
    expect(canReceive(viewer("d", ["q2"]), signal)).toBe(false);
    // Administrators see every conversation, but are told only of work addressed to them.
    expect(canReceive({ id: "admin", role: "ADMINISTRATOR", queueIds: new Set() }, signal)).toBe(false);
    expect(toBrowserEvent(signal)).toEqual({ type: "agent.notification", kind: "transferRequest", conversationId: "c1" });
  });

  it("says what the workstream's template says with the conversation's values, and nothing to a user who can't see it", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const member = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const outsider = await createAgent({ queueId: (await createSmsSetup()).queueId, capacity: 5 });
    await db.workstream.update({
      where: { id: setup.workstreamId },
      data: {
        notificationTemplates: JSON.stringify([
          { event: "customerReplied", title: "{Channel} reply", body: "{CustomerNumber} in {QueueName}" },
        ]),
      },
    });
    const conversationId = await createConversation(setup, { customerAddress: "+14255550123" });
    const queue = await db.queue.findUniqueOrThrow({ where: { id: setup.queueId }, select: { name: true } });

    expect(await findNotificationContent({ user: { id: member, role: "AGENT" }, conversationId, kind: "customerReplied" })).toEqual({
      template: { title: "{Channel} reply", body: "{CustomerNumber} in {QueueName}" },
      values: { CustomerNumber: "+1 425 555 0123", QueueName: queue.name, Channel: "SMS" },
    });
    expect(await findNotificationContent({ user: { id: member, role: "AGENT" }, conversationId, kind: "transferRequest" })).toMatchObject({
      template: null,
    });
    expect(await findNotificationContent({ user: { id: outsider, role: "AGENT" }, conversationId, kind: "customerReplied" })).toBeNull();
  });
});

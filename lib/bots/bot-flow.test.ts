// The bot protocol end to end inside the server (decision 028), on a real database, the embedded job
// engine, a loopback Twilio and the loopback fake bot that checks signatures as a real bot would: a new
// push conversation goes to the bot first; the bot's messages go out through the ordinary send jobs;
// hand-offs reach a queue and an agent; failures, bad answers and a bot that never hands over fall back
// to the agents, with a line in the thread.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeBot, type FakeBotReply } from "@/e2e/fakes/fake-bot";
import type { BotRequest } from "./protocol";
import { startFakeTwilio } from "@/lib/testing/fake-twilio";
import { createTestDatabase } from "@/lib/testing/test-database";

const twilio = await startFakeTwilio();
const testDatabase = await createTestDatabase({
  env: { TWILIO_API_BASE_URL: twilio.baseUrl, PUBLIC_BASE_URL: "https://switchboard.example.com" },
});
const { db } = await import("@/lib/db");
const { Prisma } = await import("@/lib/generated/prisma/client");
const { routeInboundMessage } = await import("@/lib/message-engine/route-inbound");
const { createAgent, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
const { saveWorkstreamBot, regenerateWorkstreamBotSecret, findWorkstreamSettings } =
  await import("@/lib/workstreams/settings/workstream-settings");
const { fallBackOverdueBotConversations } = await import("./handoff");
const { callBot } = await import("@/lib/providers/bot/call-bot");
const { startTestJobEngine } = await import("@/lib/testing/job-engine");
const jobs = await startTestJobEngine();
const bot = await startFakeBot();

beforeEach(() => {
  twilio.sends.splice(0);
  bot.requests.splice(0);
  bot.refused.splice(0);
});
afterAll(async () => {
  await jobs.stop();
  await bot.close();
  await testDatabase.drop();
  await twilio.close();
});

const admin = await db.user.create({
  data: { email: "bot-admin@example.com", name: "Admin", passwordHash: "x", role: "ADMINISTRATOR" },
  select: { id: true, email: true },
});

let sequence = 0;
type Setup = Awaited<ReturnType<typeof createSmsSetup>> & { agentId: string };

/** A push workstream with one available agent and the fake bot switched on through the settings code. */
async function botSetup(options: { maxErrors?: number; handoffMinutes?: number; distributionMode?: "PUSH" | "PICK" } = {}): Promise<Setup> {
  const setup = await createSmsSetup({ distributionMode: options.distributionMode ?? "PUSH" });
  const agentId = await createAgent({ queueId: setup.queueId, capacity: 5 });
  if (options.distributionMode === "PICK") {
    await db.workstream.update({
      where: { id: setup.workstreamId },
      data: { botName: "Ghost", botEndpoint: bot.url },
      select: { id: true },
    });
    return { ...setup, agentId };
  }
  const saved = await saveWorkstreamBot({
    input: {
      workstreamId: setup.workstreamId,
      isEnabled: true,
      name: "Triage bot",
      endpoint: bot.url,
      handoffMinutes: options.handoffMinutes ?? 5,
      maxErrors: options.maxErrors ?? 3,
    },
    actor: admin,
  });
  bot.setSecret(saved.secret!);
  return { ...setup, agentId };
}

function customerWrites(setup: Setup, from: string, body: string, now?: Date) {
  return routeInboundMessage({
    accountId: setup.accountId,
    provider: "TWILIO",
    message: {
      providerMessageId: `SMbot${(sequence += 1)}`,
      from,
      to: setup.number.address,
      body,
      media: [],
      content: null,
      channel: "SMS",
      consentAction: null,
    },
    payload: "",
    now,
  });
}

async function conversationOf(outcome: Awaited<ReturnType<typeof customerWrites>>) {
  if (outcome.outcome !== "routed") throw new Error("not routed");
  return db.conversation.findUniqueOrThrow({
    where: { id: outcome.conversationId },
    select: {
      id: true,
      botState: true,
      queueId: true,
      assignedToId: true,
      botErrorCount: true,
      messages: { orderBy: { createdAt: "asc" }, select: { kind: true, body: true, senderName: true, direction: true } },
      events: { select: { kind: true, detail: true } },
    },
  });
}

const replies = (...answers: FakeBotReply[]) => {
  const queue = [...answers];
  bot.setReply(() => queue.shift() ?? { status: 200, body: {} });
};

describe("a push workstream with a bot", { timeout: 30_000 }, () => {
  it("sends a new conversation to the bot first, signed, then the bot's reply to the customer, then hands it to a named queue", async () => {
    const setup = await botSetup();
    const billing = await db.queue.create({ data: { name: "Billing Desk", nameKey: "billing desk" }, select: { id: true } });
    const billingAgent = await createAgent({ queueId: billing.id, capacity: 5 });
    replies(
      { body: { messages: [{ text: "Hi! I'm the triage bot. What is it about?" }] } },
      { body: { handoff: { to: "queue", queue: "BILLING desk" } } },
    );

    const first = await customerWrites(setup, "+14445551001", "Hello");
    let conversation = await conversationOf(first);
    expect(conversation).toMatchObject({ botState: "active", queueId: null, assignedToId: null });

    await jobs.settle();
    expect(bot.refused).toEqual([]);
    expect(bot.requests).toHaveLength(1);
    const request: BotRequest = bot.requests[0]!.payload;
    expect(request).toMatchObject({
      version: 1,
      type: "message",
      conversation: { id: conversation.id, channel: "SMS", workstreamId: setup.workstreamId, isNew: true },
      customer: { address: "+14445551001", name: null },
      to: setup.number.address,
      message: { text: "Hello", attachments: [] },
    });
    expect(twilio.sends.map((send) => send.body)).toEqual(["Hi! I'm the triage bot. What is it about?"]);
    conversation = await conversationOf(first);
    expect(conversation.messages).toContainEqual({
      kind: "bot",
      body: "Hi! I'm the triage bot. What is it about?",
      senderName: "Triage bot",
      direction: "OUTBOUND",
    });
    expect(conversation).toMatchObject({ botState: "active", queueId: null, assignedToId: null });

    await customerWrites(setup, "+14445551001", "My invoice is wrong");
    await jobs.settle();
    expect(bot.requests.map((received) => [received.payload.message.text, received.payload.conversation.isNew])).toEqual([
      ["Hello", true],
      ["My invoice is wrong", false],
    ]);
    conversation = await conversationOf(first);
    expect(conversation).toMatchObject({ botState: "handedOff", queueId: billing.id, assignedToId: billingAgent });
    expect(conversation.events.map((event) => [event.kind, JSON.parse(event.detail!) as unknown])).toEqual([
      ["botHandoff", { botName: "Triage bot", queueName: "Billing Desk" }],
    ]);

    // With the agents now: the next message goes nowhere near the bot.
    await customerWrites(setup, "+14445551001", "Hello? Anyone?");
    await jobs.settle();
    expect(bot.requests).toHaveLength(2);
  });

  it("hands over to the workstream's routing, which reads the customer's first message", async () => {
    const setup = await botSetup();
    const sales = await db.queue.create({ data: { name: `Sales ${sequence}` }, select: { id: true } });
    await db.routingRule.create({
      data: {
        workstreamId: setup.workstreamId,
        position: 0,
        name: "Quotes",
        conditions: JSON.stringify([{ field: "messageText", operator: "contains", value: "quote" }]),
        queueId: sales.id,
      },
      select: { id: true },
    });
    replies({ body: { messages: [{ text: "Passing you to sales." }], handoff: { to: "routing" } } });
    const outcome = await customerWrites(setup, "+14445551002", "I'd like a quote");
    await jobs.settle();
    const conversation = await conversationOf(outcome);
    expect(conversation).toMatchObject({ botState: "handedOff", queueId: sales.id });
    expect(twilio.sends.map((send) => send.body)).toEqual(["Passing you to sales."]);
  });

  it("routes a hand-off to an unknown queue through the workstream's routing, and says so", async () => {
    const setup = await botSetup();
    replies({ body: { handoff: { to: "queue", queue: "No such queue" } } });
    const conversation = await conversationOf(await customerWrites(setup, "+14445551003", "I need a hand"));
    await jobs.settle();
    const after = await conversationOf({ outcome: "routed", conversationId: conversation.id });
    expect(after).toMatchObject({ botState: "handedOff", queueId: setup.queueId, assignedToId: setup.agentId });
    expect(JSON.parse(after.events[0]!.detail!)).toMatchObject({ reason: "unknownQueue" });
  });

  it("falls back to the agents after the configured number of failed requests in a row", async () => {
    const setup = await botSetup({ maxErrors: 2 });
    replies({ status: 500, body: "oops" }, { body: { messages: [{ text: "" }] } });
    const outcome = await customerWrites(setup, "+14445551004", "one");
    await jobs.settle();
    expect(await conversationOf(outcome)).toMatchObject({ botState: "active", botErrorCount: 1, queueId: null });

    await customerWrites(setup, "+14445551004", "two");
    await jobs.settle();
    const conversation = await conversationOf(outcome);
    expect(conversation).toMatchObject({ botState: "fallback", queueId: setup.queueId, assignedToId: setup.agentId });
    expect(conversation.events.map((event) => [event.kind, JSON.parse(event.detail!) as unknown])).toEqual([
      ["botFallback", { botName: "Triage bot", queueName: expect.any(String), reason: "invalid", failures: 2, minutes: 5 }],
    ]);
    expect(twilio.sends).toEqual([]);
  });

  it("resets the count of failures after a good answer", async () => {
    const setup = await botSetup({ maxErrors: 2 });
    replies({ status: 503 }, { body: {} }, { status: 503 });
    const outcome = await customerWrites(setup, "+14445551005", "one");
    await customerWrites(setup, "+14445551005", "two");
    await customerWrites(setup, "+14445551005", "three");
    await jobs.settle();
    expect(await conversationOf(outcome)).toMatchObject({ botState: "active", botErrorCount: 1 });
  });

  it("falls back to the agents when the bot hasn't handed over in time — not before", async () => {
    const setup = await botSetup({ handoffMinutes: 7 });
    replies({ body: { messages: [{ text: "Thinking…" }] } });
    const start = new Date();
    const outcome = await customerWrites(setup, "+14445551006", "Hello", start);
    await jobs.settle();

    await fallBackOverdueBotConversations(new Date(start.getTime() + 6 * 60_000));
    expect(await conversationOf(outcome)).toMatchObject({ botState: "active", queueId: null });
    await fallBackOverdueBotConversations(new Date(start.getTime() + 7 * 60_000 + 1));
    const conversation = await conversationOf(outcome);
    expect(conversation).toMatchObject({ botState: "fallback", queueId: setup.queueId, assignedToId: setup.agentId });
    expect(JSON.parse(conversation.events[0]!.detail!)).toMatchObject({ reason: "noHandoff", minutes: 7 });
  });

  it("doesn't forward STOP to the bot", async () => {
    const setup = await botSetup();
    await customerWrites(setup, "+14445551007", "STOP");
    await jobs.settle();
    expect(bot.requests).toEqual([]);
  });

  it("never sends a pick workstream's conversation to a bot left in its settings", async () => {
    const setup = await botSetup({ distributionMode: "PICK" });
    const conversation = await conversationOf(await customerWrites(setup, "+14445551008", "Hello"));
    await jobs.settle();
    expect(conversation).toMatchObject({ botState: null, queueId: setup.queueId });
    expect(bot.requests).toEqual([]);
  });

  it("refuses a request signed with an old secret once the secret is regenerated (the bot must get the new one)", async () => {
    const setup = await botSetup({ maxErrors: 1 });
    const { secret } = await regenerateWorkstreamBotSecret({ workstreamId: setup.workstreamId, actor: admin });
    const outcome = await customerWrites(setup, "+14445551009", "Hello");
    await jobs.settle();
    expect(bot.refused).toEqual([{ ok: false, reason: "mismatch" }]);
    const conversation = await conversationOf(outcome);
    expect(conversation).toMatchObject({ botState: "fallback", queueId: setup.queueId });
    expect(JSON.parse(conversation.events[0]!.detail!)).toMatchObject({ reason: "httpStatus" });
    bot.setSecret(secret);
  });
});

describe("the bot's secret", { timeout: 30_000 }, () => {
  it("is sealed at rest, shown only when created, and removed with the bot", async () => {
    const setup = await botSetup();
    const [row] = await db.$queryRaw<{ botSecret: string }[]>(
      Prisma.sql`SELECT "botSecret" FROM "Workstream" WHERE "id" = ${setup.workstreamId}`,
    );
    expect(row!.botSecret.startsWith("v1:")).toBe(true);
    const settings = await findWorkstreamSettings({ workstreamId: setup.workstreamId });
    expect(settings?.bot).toMatchObject({ name: "Triage bot", secretState: "set", handoffMinutes: 5, maxErrors: 3 });
    expect(JSON.stringify(settings)).not.toContain("sbbot_");

    const again = await saveWorkstreamBot({
      input: { workstreamId: setup.workstreamId, isEnabled: true, name: "Renamed", endpoint: bot.url, handoffMinutes: 5, maxErrors: 3 },
      actor: admin,
    });
    expect(again.secret).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { entityId: setup.workstreamId }, select: { details: true } });
    expect(audit.map((event) => event.details).join(" ")).not.toContain("sbbot_");

    await saveWorkstreamBot({
      input: { workstreamId: setup.workstreamId, isEnabled: false, name: "", endpoint: "", handoffMinutes: 5, maxErrors: 3 },
      actor: admin,
    });
    expect(await db.workstream.findUnique({ where: { id: setup.workstreamId }, select: { botSecret: true } })).toEqual({ botSecret: null });
  });
});

describe("callBot", () => {
  it("gives up on a bot that doesn't answer within the timeout", async () => {
    bot.setSecret("sbbot_whatever");
    bot.setReply(() => "hang");
    const outcome = await callBot({
      endpoint: bot.url,
      secret: "sbbot_whatever",
      request: {} as BotRequest,
      timeoutMs: 200,
    });
    expect(outcome).toMatchObject({ ok: false, failure: "timeout" });
  });

  it("reports a bot that can't be reached", async () => {
    const outcome = await callBot({ endpoint: "http://127.0.0.1:9/bot", secret: "s", request: {} as BotRequest, timeoutMs: 2_000 });
    expect(outcome).toMatchObject({ ok: false, failure: "unreachable" });
  });
});

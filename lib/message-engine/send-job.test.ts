// The send job against the e2e fake Twilio and a real database (SQLite and PostgreSQL), on the job
// engine's movable clock (no waiting): a rate-limited send is retried after Retry-After and delivered
// once; a send whose answer is lost is never sent again and is completed by its status callback (matched
// by our id in the signed callback URL), or fails after the bounded wait; a number drains at its MPS;
// and a conversation's messages keep their order while one of them waits.
import { afterAll, describe, expect, it } from "vitest";
import { createFakeTwilioControl } from "@/e2e/fakes/control";
import { startFakeTwilio } from "@/e2e/fakes/fake-twilio";
import { createTestDatabase } from "@/lib/testing/test-database";

const fake = await startFakeTwilio({ port: 0 });
const control = createFakeTwilioControl(fake.url);
const testDatabase = await createTestDatabase({
  // A lost answer is noticed after half a second here (15 s by default).
  env: { TWILIO_API_BASE_URL: fake.url, PUBLIC_BASE_URL: "https://switchboard.example.com", PROVIDER_SEND_TIMEOUT_MS: "500" },
});
const { db } = await import("@/lib/db");
const { deliverMessage, sendConversationMessage } = await import("./send");
const { processInboundEvent } = await import("./process-event");
const { failUnconfirmedSends, outboundIdFromUrl } = await import("./reconcile");
const { requeueStrandedWork } = await import("./worker");
const { AWAIT_STATUS_MS } = await import("./send-retry");
const { createAgent, createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
const { resendFailedMessage } = await import("./outbound");
const { startTestJobEngine } = await import("@/lib/testing/job-engine");
const jobs = await startTestJobEngine();

afterAll(async () => {
  await jobs.stop();
  await testDatabase.drop();
  await fake.close();
});

async function twilioSetup(sendRatePerSecond = 1000) {
  const twilio = await control.addAccount();
  const setup = await createSmsSetup();
  await db.messagingAccount.update({
    where: { id: setup.accountId },
    data: { twilioAccountSid: twilio.sid, twilioAuthToken: twilio.authToken },
  });
  await db.phoneNumber.update({ where: { id: setup.number.id }, data: { sendRatePerSecond } });
  return { setup, twilio };
}

const postsOf = async (accountSid: string) => (await control.messages()).filter((send) => send.accountSid === accountSid);
const stateOf = (id: string) =>
  db.message.findUniqueOrThrow({
    where: { id },
    select: { status: true, errorCode: true, providerMessageId: true, sendAttempts: true, awaitingStatusSince: true, sendAfter: true },
  });

describe("the send job", { timeout: 30_000 }, () => {
  it("retries a 429 after Retry-After and delivers the message once", async () => {
    const { setup, twilio } = await twilioSetup();
    await control.setSendFaults({ accountSid: twilio.sid, rateLimitTimes: 2, retryAfterSeconds: 3 });
    const conversationId = await createConversation(setup, { lastMessageAt: new Date() });
    const { messageId } = await sendConversationMessage({ conversationId, kind: "agent", body: "Your order shipped." });
    await jobs.settle();

    // Rate limited: still pending, with why and until when (Retry-After 3 s plus 150 ms of jitter).
    expect(await postsOf(twilio.sid)).toHaveLength(1);
    expect(await stateOf(messageId)).toMatchObject({ status: "PENDING", errorCode: "20429", sendAttempts: 1, providerMessageId: null });
    expect((await stateOf(messageId)).sendAfter?.getTime()).toBe(jobs.now().getTime() + 3_150);
    await jobs.advance(3_000);
    expect(await postsOf(twilio.sid)).toHaveLength(1);
    await jobs.advance(150);
    expect(await postsOf(twilio.sid)).toHaveLength(2);
    await jobs.advance(3_150);

    const posts = await postsOf(twilio.sid);
    expect(posts.map((post) => post.errorCode)).toEqual([20429, 20429, null]);
    expect(await stateOf(messageId)).toMatchObject({
      status: "QUEUED",
      errorCode: null,
      providerMessageId: posts[2]?.sid,
      sendAfter: null,
      awaitingStatusSince: null,
    });
    await jobs.advance(600_000);
    expect(await postsOf(twilio.sid)).toHaveLength(3);
  });

  it("never resends a send whose answer was lost; its status callback, matched by our id, completes it", async () => {
    const { setup, twilio } = await twilioSetup();
    await control.setSendFaults({ accountSid: twilio.sid, hangTimes: 1 });
    const conversationId = await createConversation(setup, { lastMessageAt: new Date() });
    const { messageId } = await sendConversationMessage({ conversationId, kind: "agent", body: "Sent into the void?" });
    await jobs.settle();

    const [hung] = await postsOf(twilio.sid);
    expect(hung).toMatchObject({ hung: true, sid: expect.stringMatching(/^SM/) });
    expect(await stateOf(messageId)).toMatchObject({ status: "PENDING", errorCode: "timeout", providerMessageId: null });
    expect((await stateOf(messageId)).awaitingStatusSince).not.toBeNull();
    // Neither time nor the stranded-work sweep sends it again.
    await jobs.advance(120_000);
    await requeueStrandedWork(jobs.now());
    await jobs.settle();
    expect(await postsOf(twilio.sid)).toHaveLength(1);

    // Twilio's status callback: to the StatusCallback URL it was given, which names our message.
    const outboundMessageId = outboundIdFromUrl(hung?.form.StatusCallback ?? "");
    expect(outboundMessageId).toBe(messageId);
    const payload = new URLSearchParams({
      MessageSid: hung?.sid ?? "",
      MessageStatus: "delivered",
      AccountSid: twilio.sid,
      From: setup.number.address,
      To: hung?.form.To ?? "",
    }).toString();
    const outcome = await processInboundEvent({
      accountId: setup.accountId,
      provider: "TWILIO",
      payload,
      outboundMessageId,
      receivedAt: new Date(),
      attempts: 0,
      maxAttempts: 5,
      statusKeyedBehindSends: true,
    });
    expect(outcome).toBe("done");
    expect(await stateOf(messageId)).toMatchObject({
      status: "DELIVERED",
      errorCode: null,
      providerMessageId: hung?.sid,
      awaitingStatusSince: null,
    });
  });

  it("does not match a status by an id of another account's message", async () => {
    const { setup, twilio } = await twilioSetup();
    const other = await twilioSetup();
    await control.setSendFaults({ accountSid: twilio.sid, hangTimes: 1 });
    const conversationId = await createConversation(setup, { lastMessageAt: new Date() });
    const { messageId } = await sendConversationMessage({ conversationId, kind: "agent", body: "Hello" });
    await jobs.settle();
    const outcome = await processInboundEvent({
      accountId: other.setup.accountId,
      provider: "TWILIO",
      payload: new URLSearchParams({ MessageSid: "SM".padEnd(34, "9"), MessageStatus: "delivered" }).toString(),
      outboundMessageId: messageId,
      receivedAt: new Date(),
      attempts: 0,
      maxAttempts: 5,
      statusKeyedBehindSends: true,
    });
    expect(outcome).toBe("statusForOtherAccount");
    expect(await stateOf(messageId)).toMatchObject({ status: "PENDING", providerMessageId: null });
  });

  it("leaves a send a crash interrupted after the hand-over awaiting its status, without calling the provider", async () => {
    const { setup, twilio } = await twilioSetup();
    const conversationId = await createConversation(setup, { lastMessageAt: new Date() });
    const message = await db.message.create({
      data: {
        conversationId,
        direction: "OUTBOUND",
        kind: "agent",
        body: "Cut short",
        provider: "TWILIO",
        status: "PENDING",
        sendStartedAt: new Date(),
      },
      select: { id: true },
    });
    await deliverMessage({ messageId: message.id }, { now: jobs.now });
    expect(await stateOf(message.id)).toMatchObject({ status: "PENDING", errorCode: "timeout", awaitingStatusSince: jobs.now() });
    expect(await postsOf(twilio.sid)).toHaveLength(0);
  });

  it("fails an unconfirmed send with a clear reason once no status came in time", async () => {
    const { setup, twilio } = await twilioSetup();
    await control.setSendFaults({ accountSid: twilio.sid, hangTimes: 1 });
    const conversationId = await createConversation(setup, { lastMessageAt: new Date() });
    const { messageId } = await sendConversationMessage({ conversationId, kind: "agent", body: "Anyone?" });
    await jobs.settle();
    const since = (await stateOf(messageId)).awaitingStatusSince;
    if (!since) throw new Error("not awaiting its status");
    await failUnconfirmedSends(new Date(since.getTime() + AWAIT_STATUS_MS - 1_000));
    expect(await stateOf(messageId)).toMatchObject({ status: "PENDING" });
    await failUnconfirmedSends(new Date(since.getTime() + AWAIT_STATUS_MS + 1_000));
    expect(await stateOf(messageId)).toMatchObject({ status: "FAILED", errorCode: "noStatusReport" });
    expect(await postsOf(twilio.sid)).toHaveLength(1);
  });

  it("resends a message that failed unconfirmed only when the agent asks, as a new message; not one Twilio refused", async () => {
    const { setup, twilio } = await twilioSetup();
    const agentId = await createAgent({ queueId: setup.queueId, capacity: 5 });
    const actor = { id: agentId, email: "agent@example.com", name: "Agent", role: "AGENT" as const };
    const conversationId = await createConversation(setup, { lastMessageAt: new Date(), assignedToId: agentId });
    const failed = (errorCode: string) =>
      db.message.create({
        data: {
          conversationId,
          direction: "OUTBOUND",
          kind: "agent",
          body: `About ${errorCode}`,
          provider: "TWILIO",
          status: "FAILED",
          errorCode,
        },
        select: { id: true },
      });
    const unconfirmed = await failed("noStatusReport");
    const refused = await failed("21610");

    const resent = await resendFailedMessage({ conversationId, messageId: unconfirmed.id, actor });
    await jobs.settle();
    expect(resent.messageId).not.toBe(unconfirmed.id);
    expect((await postsOf(twilio.sid)).map((post) => post.form.Body)).toEqual(["About noStatusReport"]);
    expect(await stateOf(unconfirmed.id)).toMatchObject({ status: "FAILED", errorCode: "noStatusReport" });
    await expect(resendFailedMessage({ conversationId, messageId: refused.id, actor })).rejects.toMatchObject({
      message: "errors.conversation.cannotResend",
    });
    expect(await postsOf(twilio.sid)).toHaveLength(1);
  });

  it("drains a number's queued sends at its MPS, whichever conversations they belong to", async () => {
    const { setup, twilio } = await twilioSetup(1);
    const conversations = [];
    for (let n = 0; n < 3; n += 1) conversations.push(await createConversation(setup, { lastMessageAt: new Date() }));
    for (const [n, conversationId] of conversations.entries())
      await sendConversationMessage({ conversationId, kind: "agent", body: `m${n}` });
    await jobs.settle();
    expect(await postsOf(twilio.sid)).toHaveLength(1);
    await jobs.advance(999);
    expect(await postsOf(twilio.sid)).toHaveLength(1);
    await jobs.advance(1);
    expect(await postsOf(twilio.sid)).toHaveLength(2);
    await jobs.advance(1_000);
    expect((await postsOf(twilio.sid)).map((post) => post.form.Body).sort()).toEqual(["m0", "m1", "m2"]);
  });

  it("keeps a conversation's order while its first message waits out a rate limit", async () => {
    const { setup, twilio } = await twilioSetup();
    await control.setSendFaults({ accountSid: twilio.sid, rateLimitTimes: 1, retryAfterSeconds: 2 });
    const conversationId = await createConversation(setup, { lastMessageAt: new Date() });
    await sendConversationMessage({ conversationId, kind: "agent", body: "first" });
    await sendConversationMessage({ conversationId, kind: "agent", body: "second" });
    await jobs.settle();
    expect((await postsOf(twilio.sid)).map((post) => [post.form.Body, post.errorCode])).toEqual([["first", 20429]]);
    await jobs.advance(2_200);
    await jobs.advance(10);
    expect((await postsOf(twilio.sid)).filter((post) => post.sid).map((post) => post.form.Body)).toEqual(["first", "second"]);
  });
});

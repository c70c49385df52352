// A number in a Twilio Messaging Service: the send job posts MessagingServiceSid instead of From (to the
// e2e fake Twilio, which checks the service belongs to the account), and the status callback that comes
// back — From is whichever pool number Twilio chose — still moves the message on.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createFakeTwilioControl } from "@/e2e/fakes/control";
import { startFakeTwilio } from "@/e2e/fakes/fake-twilio";
import { createTestDatabase } from "@/lib/testing/test-database";

const fake = await startFakeTwilio({ port: 0 });
const control = createFakeTwilioControl(fake.url);
const testDatabase = await createTestDatabase({
  env: { TWILIO_API_BASE_URL: fake.url, PUBLIC_BASE_URL: "https://switchboard.example.com" },
});
const { db } = await import("@/lib/db");
const { sendConversationMessage } = await import("./send");
const { applyStatusUpdate } = await import("./status-update");
const { parseTwilioCallback } = await import("./inbound-parse");
const { statusCallbackUrl } = await import("./send-provider");
const { createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
const { startTestJobEngine } = await import("@/lib/testing/job-engine");
const jobs = await startTestJobEngine();

afterAll(async () => {
  await jobs.stop();
  await testDatabase.drop();
  await fake.close();
});

async function setupWithService(messagingServiceSid: (service: string) => string | null) {
  const twilio = await control.addAccount();
  const service = await control.addMessagingService({ accountSid: twilio.sid, friendlyName: "US 10DLC" });
  const setup = await createSmsSetup();
  await db.messagingAccount.update({
    where: { id: setup.accountId },
    data: { twilioAccountSid: twilio.sid, twilioAuthToken: twilio.authToken },
  });
  await db.phoneNumber.update({ where: { id: setup.number.id }, data: { messagingServiceSid: messagingServiceSid(service.sid) } });
  const conversationId = await createConversation(setup, { lastMessageAt: new Date() });
  return { setup, twilio, service, conversationId };
}

const sendsOf = async (accountSid: string) => (await control.messages()).filter((send) => send.accountSid === accountSid);

describe("sending through a Messaging Service", { timeout: 30_000 }, () => {
  it("posts MessagingServiceSid without From, and the service's status callback updates the message", async () => {
    const { setup, twilio, service, conversationId } = await setupWithService((sid) => sid);
    const { messageId } = await sendConversationMessage({ conversationId, kind: "agent", body: "We're on it." });
    await jobs.settle();

    const [sent] = await sendsOf(twilio.sid);
    const account = await db.messagingAccount.findUniqueOrThrow({
      where: { id: setup.accountId },
      select: { callbackKey: true, provider: true },
    });
    expect(sent?.form).toEqual({
      To: expect.stringMatching(/^\+1444/),
      MessagingServiceSid: service.sid,
      Body: "We're on it.",
      StatusCallback: statusCallbackUrl(account, messageId),
    });
    expect(sent?.sid).toMatch(/^SM/);
    const stored = await db.message.findUniqueOrThrow({ where: { id: messageId }, select: { status: true, providerMessageId: true } });
    expect(stored).toEqual({ status: "QUEUED", providerMessageId: sent?.sid });

    // Twilio's status callback for a Messaging Service send (real captured payload), for this message.
    const payload = JSON.parse(readFileSync("test-data/reference/payloads/twilio-status-messaging-service-sent.json", "utf8")) as Record<
      string,
      string
    >;
    const parsed = parseTwilioCallback({
      ...payload,
      MessageSid: sent?.sid ?? "",
      AccountSid: twilio.sid,
      MessagingServiceSid: service.sid,
    });
    if (parsed.kind !== "status") throw new Error(`parsed as ${parsed.kind}`);
    expect(await applyStatusUpdate({ accountId: setup.accountId, provider: "TWILIO", update: parsed.update })).toBe("applied");
    expect((await db.message.findUniqueOrThrow({ where: { id: messageId }, select: { status: true } })).status).toBe("SENT");
  });

  it("sends From the number itself when it has no Messaging Service", async () => {
    const { setup, twilio, conversationId } = await setupWithService(() => null);
    await sendConversationMessage({ conversationId, kind: "agent", body: "Hello." });
    await jobs.settle();
    const [sent] = await sendsOf(twilio.sid);
    expect(sent?.form.From).toBe(setup.number.address);
    expect(sent?.form.MessagingServiceSid).toBeUndefined();
  });

  it("stores Twilio's refusal of a service that isn't the account's (21701) on the message", async () => {
    const { twilio, conversationId } = await setupWithService(() => `MG${"0".repeat(32)}`);
    const { messageId } = await sendConversationMessage({ conversationId, kind: "agent", body: "Hello." });
    await jobs.settle();
    expect((await sendsOf(twilio.sid))[0]?.errorCode).toBe(21701);
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId }, select: { status: true, errorCode: true } })).toEqual({
      status: "FAILED",
      errorCode: "21701",
    });
  });
});

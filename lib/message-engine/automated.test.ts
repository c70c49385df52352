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
const { createAutomatedMessage, createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
const { startTestJobEngine } = await import("@/lib/testing/job-engine");
const jobs = await startTestJobEngine();

beforeEach(() => void twilio.sends.splice(0));
afterAll(async () => {
  await jobs.stop();
  await testDatabase.drop();
  await twilio.close();
});

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

// The agent's WhatsApp template picker offers only templates Twilio would send: one flagged rejected,
// deleted, paused or disabled by the Content API sync (decision 031) is left out; never-synced and
// pending ones stay (the send itself refuses what Twilio refuses).
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { listConversationTemplates } = await import("./conversations");
const { createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");

afterAll(() => testDatabase.drop());

describe("the agent's template picker", () => {
  it("leaves out templates the sync flagged", async () => {
    const setup = await createSmsSetup();
    await db.messagingAccount.update({ where: { id: setup.accountId }, data: { channel: "WHATSAPP" } });
    const conversationId = await createConversation(setup);
    await db.conversation.update({ where: { id: conversationId }, data: { channel: "WHATSAPP" } });
    const statuses = [null, "approved", "pending", "rejected", "deleted", "paused", "disabled"];
    for (const [n, twilioStatus] of statuses.entries())
      await db.whatsAppTemplate.create({
        data: {
          accountId: setup.accountId,
          name: `t${n}-${twilioStatus ?? "never-synced"}`,
          language: "en",
          body: "Hello {{1}}",
          examples: "{}",
          contentSid: `HX${String(n).padStart(32, "0")}`,
          twilioStatus,
        },
      });
    const offered = await listConversationTemplates({ user: { id: "admin", role: "ADMINISTRATOR" }, conversationId });
    expect(offered?.map((template) => template.name)).toEqual(["t0-never-synced", "t1-approved", "t2-pending"]);
  });
});

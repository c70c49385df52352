// The customer panel's data against a real database (SQLite and PostgreSQL): the WhatsApp profile
// name kept from inbound messages until an agent names the customer, notes and who may change them,
// and the customer's other conversations across our numbers and channels.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseTwilioForm } from "@/lib/providers/twilio/client";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { routeInboundMessage } = await import("@/lib/message-engine/route-inbound");
const { parseTwilioCallback } = await import("@/lib/message-engine/inbound-parse");
const { cleanProfileName } = await import("./customer-profile");
const { findCustomerContext } = await import("./customer-context");
const { addCustomerNote, deleteCustomerNote, renameCustomer, updateCustomerNote } = await import("./customer-notes");
const { createAgent, createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
afterAll(() => testDatabase.drop());

let sequence = 0;
type Setup = Awaited<ReturnType<typeof createSmsSetup>>;

async function receiveWhatsApp(setup: Setup, from: string, profileName: string | null) {
  sequence += 1;
  const message = {
    providerMessageId: `SMcustomer${sequence}`,
    from: `whatsapp:${from}`,
    to: `whatsapp:${setup.number.address}`,
    body: "hello",
    media: [],
    content: null,
    channel: "WHATSAPP" as const,
    consentAction: null,
    profileName,
  };
  const routed = await routeInboundMessage({ accountId: setup.accountId, provider: "TWILIO", message, payload: "" });
  if (routed.outcome !== "routed") throw new Error(`held: ${routed.reason}`);
  return routed.conversationId;
}

const admin = () =>
  db.user.create({
    data: { email: `admin-${(sequence += 1)}@example.com`, name: "Admin", passwordHash: "unused", role: "ADMINISTRATOR" },
    select: { id: true, role: true },
  });
const asAgent = (id: string) => ({ id, role: "AGENT" as const });

describe("customer name", { timeout: 60_000 }, () => {
  it("reads Twilio's ProfileName from a WhatsApp callback", () => {
    // Twilio's real WhatsApp callback, with the ProfileName WhatsApp adds for customers who set one.
    const form = readFileSync(path.resolve(process.cwd(), "test-data/reference/payloads/twilio-whatsapp-inbound-text.form"), "utf8");
    const params = parseTwilioForm(`${form.trim()}&ProfileName=Ana%20Lima&WaId=31612345678`);
    const parsed = parseTwilioCallback(params);
    expect(parsed.kind === "message" && parsed.message.profileName).toBe("Ana Lima");
    expect(cleanProfileName("  Ana\u0000\n Lima ")).toBe("Ana Lima");
    expect(cleanProfileName("   ")).toBeNull();
  });

  it("keeps the WhatsApp profile name, follows its changes, and stops once an agent names the customer", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const conversationId = await receiveWhatsApp(setup, "+31612340001", "Ana");
    const user = await admin();
    expect(await findCustomerContext({ user, conversationId })).toMatchObject({ name: "Ana", nameSource: "whatsapp" });

    await receiveWhatsApp(setup, "+31612340001", "Ana Lima");
    expect(await findCustomerContext({ user, conversationId })).toMatchObject({ name: "Ana Lima", nameSource: "whatsapp" });

    await renameCustomer({ actor: user, conversationId, name: "Ana Lima (ACME)" });
    await receiveWhatsApp(setup, "+31612340001", "ana");
    expect(await findCustomerContext({ user, conversationId })).toMatchObject({ name: "Ana Lima (ACME)", nameSource: "agent" });
  });

  it("refuses to rename through a conversation the agent can't see", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const conversationId = await createConversation(setup);
    const other = await createSmsSetup({ distributionMode: "PICK" });
    const outsider = await createAgent({ queueId: other.queueId, capacity: 10 });
    await expect(renameCustomer({ actor: asAgent(outsider), conversationId, name: "X" })).rejects.toMatchObject({ code: "notFound" });
    expect(await findCustomerContext({ user: asAgent(outsider), conversationId })).toBeNull();
  });
});

describe("customer notes", { timeout: 60_000 }, () => {
  it("are added, edited by their author only, and deleted by their author or an administrator", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const conversationId = await createConversation(setup, { customerAddress: "+14445559001" });
    const author = asAgent(await createAgent({ queueId: setup.queueId, capacity: 10 }));
    const colleague = asAgent(await createAgent({ queueId: setup.queueId, capacity: 10 }));

    const first = await addCustomerNote({ actor: author, conversationId, body: "Prefers French" });
    const second = await addCustomerNote({ actor: colleague, conversationId, body: "VIP since 2024" });
    const seen = await findCustomerContext({ user: author, conversationId });
    expect(seen?.notes.map((note) => [note.body, note.canEdit, note.canDelete])).toEqual([
      ["VIP since 2024", false, false],
      ["Prefers French", true, true],
    ]);

    await expect(updateCustomerNote({ actor: colleague, noteId: first.id, body: "changed" })).rejects.toMatchObject({ code: "forbidden" });
    await updateCustomerNote({ actor: author, noteId: first.id, body: "Prefers French; call after 6 pm" });
    await expect(deleteCustomerNote({ actor: author, noteId: second.id })).rejects.toMatchObject({ code: "forbidden" });
    await deleteCustomerNote({ actor: await admin(), noteId: second.id });

    const after = await findCustomerContext({ user: colleague, conversationId });
    expect(after?.notes.map((note) => note.body)).toEqual(["Prefers French; call after 6 pm"]);
    await expect(deleteCustomerNote({ actor: author, noteId: second.id })).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("other conversations", { timeout: 60_000 }, () => {
  it("lists the customer's SMS and WhatsApp conversations on any of our numbers, only those the viewer may see", async () => {
    const first = await createSmsSetup({ distributionMode: "PICK" });
    const second = await createSmsSetup({ distributionMode: "PICK" });
    const current = await createConversation(first, { customerAddress: "+14445559100" });
    const whatsapp = await createConversation(second, { customerAddress: "whatsapp:+14445559100", status: "RESOLVED" });
    await createConversation(first, { customerAddress: "+14445559101" }); // someone else

    const user = await admin();
    const context = await findCustomerContext({ user, conversationId: current });
    expect(context?.otherConversations.map((conversation) => conversation.id)).toEqual([whatsapp]);
    // An agent of the first queue only doesn't see the second number's conversation.
    const agent = asAgent(await createAgent({ queueId: first.queueId, capacity: 10 }));
    expect((await findCustomerContext({ user: agent, conversationId: current }))?.otherConversations).toEqual([]);
  });
});

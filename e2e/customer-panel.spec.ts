// The customer beside the thread (issue #14 item 6): the name WhatsApp sends (Twilio's ProfileName)
// is kept and can be edited, the customer's conversation on another of our numbers is listed, and
// agents' notes are added, edited and deleted with a confirmation; the panel collapses on a phone.
import { randomBytes } from "node:crypto";
import { expect, test, type Locator } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomE164 } from "./support/message-flow";
import { signIn } from "./support/users";
import { postTwilioWebhook, readTwilioPayload, withParams } from "./support/webhooks";

const sid = () => `SM${randomBytes(16).toString("hex")}`;

/** Presses a button or link by keyboard: the toasts sit over the panel's corner for a few seconds. */
async function activate(target: Locator) {
  await target.focus();
  await target.press("Enter");
}

test("customer panel: WhatsApp profile name, edit it, other conversations, notes", async ({ page, seed, db }) => {
  const agent = await seed.user("AGENT");
  const { twilio: whatsappAccount, ...whatsapp } = await seed.twilioSetup({
    channel: "WHATSAPP",
    agentIds: [agent.id],
    distribution: "PICK",
  });
  const { twilio: smsAccount, ...sms } = await seed.twilioSetup({ channel: "SMS", agentIds: [agent.id], distribution: "PICK" });
  const customer = randomE164();
  try {
    const post = async (account: { sid: string; authToken: string }, url: string, payload: string, overrides: Record<string, string>) => {
      const messageSid = sid();
      const params = withParams(readTwilioPayload(payload), {
        MessageSid: messageSid,
        SmsMessageSid: messageSid,
        SmsSid: messageSid,
        AccountSid: account.sid,
        ...overrides,
      });
      expect((await postTwilioWebhook({ url, authToken: account.authToken, params })).status).toBe(200);
      await expect.poll(() => db.message.count({ where: { providerMessageId: messageSid } })).toBe(1);
      return (await db.message.findFirstOrThrow({ where: { providerMessageId: messageSid }, select: { conversationId: true } }))
        .conversationId;
    };
    // Earlier, the same person texted our SMS number.
    const earlier = await post(smsAccount, sms.callbackUrl, "twilio-sms-inbound", {
      To: sms.number,
      From: customer,
      Body: "Earlier SMS question",
    });
    // Twilio's real WhatsApp callback, with the ProfileName WhatsApp adds for a customer who set one.
    const current = await post(whatsappAccount, whatsapp.callbackUrl, "twilio-whatsapp-inbound-text", {
      To: `whatsapp:${whatsapp.number}`,
      From: `whatsapp:${customer}`,
      Body: "Hello on WhatsApp",
      ProfileName: "Ana Lima",
      WaId: customer.slice(1),
    });

    await signIn(page, agent);
    await page.goto(`/conversations/${current}`);
    const panel = page.getByRole("complementary", { name: "Customer" });
    await expect(panel.getByText("Ana Lima", { exact: true })).toBeVisible();
    await expect(panel.getByText("From their WhatsApp profile")).toBeVisible();
    const others = panel.getByRole("region", { name: "Other conversations" });
    await expect(others.getByRole("link")).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);

    // The agent names the customer; the profile name no longer applies.
    await activate(panel.getByRole("button", { name: "Edit name" }));
    await panel.getByLabel("Customer name").fill("Ana Lima (ACME)");
    await activate(panel.getByRole("button", { name: "Save", exact: true }));
    await expect(page.getByText("The customer is now named “Ana Lima (ACME)”.")).toBeVisible();
    await expect(panel.getByText("Ana Lima (ACME)", { exact: true })).toBeVisible();
    await expect(panel.getByText("Set by an agent")).toBeVisible();

    // Notes: empty is refused, then added, edited and deleted after a confirmation.
    const notes = panel.getByRole("region", { name: "Notes" });
    await activate(notes.getByRole("button", { name: "Add note" }));
    await expect(notes.getByText("Write the note first.")).toBeVisible();
    await notes.getByLabel("New note").fill("Prefers French");
    await activate(notes.getByRole("button", { name: "Add note" }));
    await expect(page.getByText("The note was added.")).toBeVisible();
    const note = notes.getByRole("listitem").filter({ hasText: "Prefers French" });
    await expect(note).toContainText(`By ${agent.name}`);
    await activate(note.getByRole("button", { name: /^Edit the note of/ }));
    // While it is edited, the note's text is in the box (no longer text of the item).
    await notes.getByLabel("Note", { exact: true }).fill("Prefers French; call after 6 pm");
    await activate(notes.getByRole("button", { name: "Save", exact: true }));
    await expect(page.getByText("The note was saved.")).toBeVisible();
    const edited = notes.getByRole("listitem").filter({ hasText: "Prefers French; call after 6 pm" });
    await expect(edited).toContainText("edited");
    await activate(edited.getByRole("button", { name: /^Delete the note of/ }));
    const confirm = page.getByRole("alertdialog", { name: "Delete this note?" });
    await expect(confirm).toContainText(`The note by ${agent.name} is removed for every agent.`);
    await expectNoSeriousA11yViolations(page, { within: "[role=alertdialog]" });
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("The note was deleted.")).toBeVisible();
    await expect(notes.getByText("No notes on this customer yet.")).toBeVisible();
    await notes.getByLabel("New note").fill("VIP customer");
    await activate(notes.getByRole("button", { name: "Add note" }));
    await expect(notes.getByRole("listitem").filter({ hasText: "VIP customer" })).toBeVisible();

    // The other conversation is the same customer: same name and notes there.
    await activate(others.getByRole("link"));
    await expect(page).toHaveURL(new RegExp(`/conversations/${earlier}$`));
    await expect(panel.getByText("Ana Lima (ACME)", { exact: true })).toBeVisible();
    await expect(panel.getByRole("region", { name: "Notes" }).getByText("VIP customer")).toBeVisible();

    // On a phone the panel starts collapsed and opens with a button.
    await page.setViewportSize({ width: 390, height: 844 });
    const toggle = panel.getByRole("button", { name: "Show details" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(panel.getByText("Ana Lima (ACME)", { exact: true })).toBeHidden();
    await toggle.click();
    await expect(panel.getByRole("button", { name: "Hide details" })).toHaveAttribute("aria-expanded", "true");
    await expect(panel.getByText("Ana Lima (ACME)", { exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoSeriousA11yViolations(page);
  } finally {
    await db.customer.deleteMany({ where: { address: customer } });
  }
});

// Issue #15 items 1-2 end to end: WhatsApp templates imported from the fake Twilio's Content API (over
// two pages) and kept in sync (a deleted Content SID is flagged), and a number that sends through the
// Messaging Service an administrator picked, whose status callback still reaches the conversation.
import { randomBytes } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { fakeTwilio } from "./fakes/control";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomE164 } from "./support/message-flow";
import { signIn } from "./support/users";
import { postTwilioWebhook, readTwilioPayload, withParams } from "./support/webhooks";

const text = (body: string) => ({ "twilio/text": { body } });

test("an administrator imports approved templates from Twilio across pages, and a re-sync flags one Twilio deleted", async ({
  page,
  seed,
}) => {
  const admin = await seed.user("ADMINISTRATOR");
  const { twilio, ...setup } = await seed.twilioSetup({ channel: "WHATSAPP" });
  const add = (name: string, status = "approved") =>
    fakeTwilio.addContent({
      accountSid: twilio.sid,
      friendlyName: name,
      language: "en",
      variables: { "1": "Ada" },
      types: text(`Hi {{1}}, this is ${name.replaceAll("_", " ")}.`),
      approval: { name, category: "UTILITY", status },
    });
  const reminder = await add("appointment_reminder");
  await add("order_shipped");
  await add("survey_invite");
  await add("rejected_promo", "rejected");
  // Two approved per page: the import dialog must follow next_page_url to see the third.
  await fakeTwilio.setListPageSize(2);
  try {
    await signIn(page, admin);
    await page.goto(`/channels/accounts/${setup.accountId}`);
    await expect(page.getByText("Approval statuses haven't been synced with Twilio yet.")).toBeVisible();
    await page.getByRole("button", { name: "Import from Twilio" }).click();
    const dialog = page.getByRole("dialog", { name: "Import approved templates from Twilio" });
    await expect(dialog.getByRole("checkbox", { name: "Import survey_invite (en)" })).toBeChecked();
    await expect(dialog.getByRole("checkbox", { name: /^Import / })).toHaveCount(3);
    await expect(dialog.getByText("rejected_promo")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await dialog.getByRole("checkbox", { name: "Import survey_invite (en)" }).press("Space");
    await expect(dialog.getByRole("checkbox", { name: "Import survey_invite (en)" })).not.toBeChecked();
    await dialog.getByRole("button", { name: "Import 2 templates" }).click();
    await expect(page.getByText("Imported from Twilio: 2 added, 0 updated.")).toBeVisible();
    const templates = page.getByRole("region", { name: "WhatsApp templates" });
    await expect(templates.getByRole("row", { name: /appointment_reminder/ })).toContainText("Approved");
    await expect(templates.getByRole("row", { name: /order_shipped/ })).toContainText("Approved");
    await expect(templates.getByRole("row", { name: /survey_invite/ })).toHaveCount(0);

    await fakeTwilio.deleteContent(reminder.sid);
    await page.getByRole("button", { name: "Re-sync with Twilio" }).click();
    await expect(page.getByText("Synced with Twilio: 2 checked, 1 can't be sent.")).toBeVisible();
    const flagged = templates.getByRole("row", { name: /appointment_reminder/ });
    await expect(flagged).toContainText("Deleted at Twilio");
    await expect(flagged).toContainText("Twilio no longer has this Content SID");
    await expect(templates.getByText("1 template can't be sent: Twilio rejected, paused or deleted it.")).toBeVisible();
    await expect(templates.getByRole("row", { name: /order_shipped/ })).toContainText("Approved");
    await expectNoSeriousA11yViolations(page);
  } finally {
    await fakeTwilio.setListPageSize(1000);
  }
});

test("a number sends through the Messaging Service an administrator picked; its status callback updates the message", async ({
  page,
  seed,
}) => {
  const admin = await seed.user("ADMINISTRATOR");
  const agent = await seed.user("AGENT");
  const { twilio, ...setup } = await seed.twilioSetup({ agentIds: [agent.id] });
  await fakeTwilio.addMessagingService({ accountSid: twilio.sid, friendlyName: "Marketing", useInboundWebhookOnNumber: false });
  const service = await fakeTwilio.addMessagingService({ accountSid: twilio.sid, friendlyName: "US 10DLC" });

  await signIn(page, admin);
  await page.goto(`/channels/accounts/${setup.accountId}`);
  await page.getByRole("button", { name: /^Actions for / }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Send through").click();
  await expect(page.getByRole("option", { name: /Marketing/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("option", { name: `US 10DLC (${service.sid})` }).click();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`Sends through Messaging Service ${service.sid}`)).toBeVisible();

  // A customer writes in; the agent's reply goes out through the service.
  await page.context().clearCookies();
  const customer = randomE164();
  const inboundSid = `SM${randomBytes(16).toString("hex")}`;
  const inbound = withParams(readTwilioPayload("twilio-sms-inbound"), {
    MessageSid: inboundSid,
    SmsMessageSid: inboundSid,
    SmsSid: inboundSid,
    AccountSid: twilio.sid,
    To: setup.number,
    From: customer,
    Body: "Is my order on its way?",
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilio.authToken, params: inbound })).status).toBe(200);
  await signIn(page, agent);
  await page.goto("/conversations");
  const link = page.getByRole("link", { name: new RegExp(customer.slice(-4)) });
  await expect(link).toBeVisible({ timeout: 15_000 });
  await link.click();
  await page.getByLabel("Message", { exact: true }).fill("Yes, it ships today.");
  await page.getByRole("button", { name: "Send", exact: true }).click();

  const sent = async () => (await fakeTwilio.messages()).filter((m) => m.accountSid === twilio.sid && m.sid);
  await expect.poll(async () => (await sent()).length).toBe(1);
  const [request] = await sent();
  if (!request?.sid) throw new Error("no message was sent");
  expect(request.form).toEqual({
    To: customer,
    MessagingServiceSid: service.sid,
    Body: "Yes, it ships today.",
    StatusCallback: expect.stringContaining(`${setup.callbackUrl}?sbMessageId=`),
  });

  const status = withParams(readTwilioPayload("twilio-status-messaging-service-sent"), {
    MessageSid: request.sid,
    MessageStatus: "delivered",
    SmsStatus: "delivered",
    AccountSid: twilio.sid,
    MessagingServiceSid: service.sid,
    To: customer,
    From: setup.number,
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilio.authToken, params: status })).status).toBe(200);
  await expect(page.getByText("Delivered")).toBeVisible({ timeout: 15_000 });
});

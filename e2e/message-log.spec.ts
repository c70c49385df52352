// What administrators see of the callback URLs (SPEC §6): refused and Monitor-mode requests with their
// reason, held messages replayed once their cause is fixed, and the signature mode per account.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fakeTelesign, fakeTwilio } from "./fakes/control";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { countMessages, randomE164, seedMessagingSetup, setAccountStatus } from "./support/message-flow";
import { postTelesignWebhook, postTwilioWebhook, readTelesignPayload, readTwilioPayload, withParams } from "./support/webhooks";
import { ADMIN, seedUser, signIn } from "./support/users";

function inboundSms(options: { accountSid: string; to: string; from: string; body: string }) {
  const sid = `SM${randomBytes(16).toString("hex")}`;
  return { sid, params: withParams(readTwilioPayload("twilio-sms-inbound"), { MessageSid: sid, SmsMessageSid: sid, SmsSid: sid, AccountSid: options.accountSid, To: options.to, From: options.from, Body: options.body }) };
}

test("an unsigned request is refused with 403 and listed for administrators; Monitor mode accepts and records a bad signature", async ({ page }) => {
  const agent = await seedUser("AGENT");
  const twilioAccount = await fakeTwilio.addAccount();
  const setup = seedMessagingSetup({ provider: "TWILIO", channel: "SMS", credentials: { accountSid: twilioAccount.sid, authToken: twilioAccount.authToken }, agentIds: [agent.id] });
  const unsigned = inboundSms({ accountSid: twilioAccount.sid, to: setup.number, from: randomE164(), body: "no signature here" });
  const refused = await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: unsigned.params, signature: null });
  expect(refused.status).toBe(403);
  expect(countMessages(unsigned.sid)).toBe(0);

  await signIn(page, ADMIN);
  await page.goto(`/channels/message-log?tab=rejected&accountId=${setup.accountId}`);
  const table = page.getByRole("table");
  await expect(table.getByRole("row").filter({ hasText: "No signature" })).toHaveCount(1);
  await expect(table.getByText("Rejected", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The administrator switches the account to Monitor on its page (with a confirmation).
  await page.goto(`/channels/accounts/${setup.accountId}`);
  await page.getByRole("radio", { name: /^Monitor/ }).check();
  await page.getByRole("button", { name: "Save mode" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Accept requests whose signature fails?" });
  await dialog.getByRole("button", { name: "Switch to Monitor" }).click();
  await expect(page.getByText("Monitor mode is on")).toBeVisible();

  const badlySigned = inboundSms({ accountSid: twilioAccount.sid, to: setup.number, from: randomE164(), body: "signed with an old token" });
  const accepted = await postTwilioWebhook({ url: setup.callbackUrl, authToken: "0".repeat(32), params: badlySigned.params });
  expect(accepted.status).toBe(200);
  await expect.poll(() => countMessages(badlySigned.sid)).toBe(1);
  await page.goto(`/channels/message-log?tab=rejected&accountId=${setup.accountId}`);
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Accepted (Monitor mode)" })).toHaveCount(1);
});

test("a message for an inactive account is held, listed, and replayed to a conversation once the account is active", async ({ page }) => {
  const agent = await seedUser("AGENT");
  const twilioAccount = await fakeTwilio.addAccount();
  const setup = seedMessagingSetup({ provider: "TWILIO", channel: "SMS", status: "INACTIVE", credentials: { accountSid: twilioAccount.sid, authToken: twilioAccount.authToken }, agentIds: [agent.id] });
  const customer = randomE164();
  const held = inboundSms({ accountSid: twilioAccount.sid, to: setup.number, from: customer, body: "Anyone there?" });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: held.params })).status).toBe(200);

  await signIn(page, ADMIN);
  await page.goto(`/channels/message-log?tab=held&accountId=${setup.accountId}`);
  const row = page.getByRole("row").filter({ hasText: "Anyone there?" });
  await expect(row).toContainText("Account inactive");
  await expectNoSeriousA11yViolations(page);

  setAccountStatus(setup.accountId, "ACTIVE");
  await row.getByRole("button", { name: /^Replay/ }).click();
  await expect(page.getByText("Routed to a conversation.")).toBeVisible();
  expect(countMessages(held.sid)).toBe(1);
});

test("a TeleSign message that doesn't say which number was texted is assigned to one of the account's numbers and routed", async ({ page }) => {
  const agent = await seedUser("AGENT");
  const customerAccount = await fakeTelesign.addCustomer();
  const other = randomE164();
  const setup = seedMessagingSetup({ provider: "TELESIGN", channel: "SMS", credentials: { customerId: customerAccount.customerId, apiKey: customerAccount.apiKey }, agentIds: [agent.id], otherNumbers: [other] });
  // TeleSign's own documented MO sample: "sender_id": "" — with two numbers, nothing says which one.
  const mo = JSON.parse(readTelesignPayload("telesign-mo-sms-inbound")) as { reference_id: string; user_response: { phone_number: string; sender_id: string; mo_message: string } };
  mo.reference_id = randomBytes(16).toString("hex").toUpperCase();
  mo.user_response.phone_number = randomE164().slice(1);
  mo.user_response.mo_message = "Where is my refund?";
  expect(mo.user_response.sender_id).toBe("");
  expect((await postTelesignWebhook({ url: setup.callbackUrl, ...customerAccount, body: JSON.stringify(mo) })).status).toBe(200);

  await signIn(page, ADMIN);
  await page.goto(`/channels/message-log?tab=held&accountId=${setup.accountId}`);
  const row = page.getByRole("row").filter({ hasText: "Where is my refund?" });
  await expect(row).toContainText("Unknown number");
  await expect(row).toContainText("didn't say which number was texted");
  await row.getByRole("button", { name: /^Assign the message from/ }).click();
  const dialog = page.getByRole("dialog", { name: "Which number was this message sent to?" });
  await dialog.getByRole("button", { name: "Assign and route" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Choose the number this message was sent to.");
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("radio", { name: setup.number }).check();
  await dialog.getByRole("button", { name: "Assign and route" }).click();
  await expect(page.getByText("Routed to a conversation.")).toBeVisible();
  expect(countMessages(mo.reference_id)).toBe(1);

  await page.goto("/settings/audit-log");
  await expect(page.getByRole("row").filter({ hasText: setup.number }).first()).toBeVisible();
});

// What administrators see of the callback URLs (SPEC §6): refused and Monitor-mode requests with their
// reason, held messages replayed once their cause is fixed, the signature mode per account, and an
// account whose credentials the current encryption key can't open.
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

// Stands for the key the secrets were saved with before the server restarted with another one.
const PREVIOUS_KEY = Buffer.alloc(32, 9);

test("credentials sealed with another encryption key: Twilio callbacks are held with the reason, the account says what's wrong, and Replay checks the signature once they are re-entered", async ({ page }) => {
  const agent = await seedUser("AGENT");
  const twilioAccount = await fakeTwilio.addAccount();
  const setup = seedMessagingSetup({ provider: "TWILIO", channel: "SMS", credentials: { accountSid: twilioAccount.sid, authToken: twilioAccount.authToken }, agentIds: [agent.id], sealedWith: PREVIOUS_KEY });
  const genuine = inboundSms({ accountSid: twilioAccount.sid, to: setup.number, from: randomE164(), body: "Sent while the key was wrong" });
  const forged = inboundSms({ accountSid: twilioAccount.sid, to: setup.number, from: randomE164(), body: "Forged while the key was wrong" });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: genuine.params })).status).toBe(200);
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: "0".repeat(32), params: forged.params })).status).toBe(200);
  // Kept, never routed: the signature couldn't be checked.
  expect(countMessages(genuine.sid)).toBe(0);

  await signIn(page, ADMIN);
  await page.goto(`/channels/message-log?tab=held&accountId=${setup.accountId}`);
  const genuineRow = page.getByRole("row").filter({ hasText: "Sent while the key was wrong" });
  const forgedRow = page.getByRole("row").filter({ hasText: "Forged while the key was wrong" });
  await expect(genuineRow).toContainText("Credentials can't be decrypted");
  await expect(genuineRow).toContainText("encryption key changed");
  await expect(forgedRow).toContainText("Credentials can't be decrypted");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/channels/accounts");
  await expect(page.getByRole("row").filter({ hasText: `Flow ${setup.accountId.slice(-6)}` })).toContainText("Credentials unreadable");

  await page.goto(`/channels/accounts/${setup.accountId}`);
  await expect(page.getByRole("alert").filter({ hasText: "This account's credentials can't be read with the current encryption key" })).toContainText("APP_ENCRYPTION_KEY_PREVIOUS");
  await expectNoSeriousA11yViolations(page);

  // Re-entering the Auth Token seals it with the current key.
  const credentials = page.getByRole("region", { name: "Credentials" });
  await credentials.getByLabel("Auth Token", { exact: true }).fill(twilioAccount.authToken);
  await credentials.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("The credentials were saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("This account's credentials can't be read with the current encryption key")).toHaveCount(0);

  await page.goto(`/channels/message-log?tab=held&accountId=${setup.accountId}`);
  await genuineRow.getByRole("button", { name: /^Replay/ }).click();
  await expect(page.getByText("Routed to a conversation.")).toBeVisible();
  expect(countMessages(genuine.sid)).toBe(1);

  await forgedRow.getByRole("button", { name: /^Replay/ }).click();
  await expect(page.getByText("The signature didn't match the account's credentials, so the message wasn't routed.")).toBeVisible();
  await expect(forgedRow).toHaveCount(0);
  expect(countMessages(forged.sid)).toBe(0);
  await page.goto(`/channels/message-log?tab=rejected&accountId=${setup.accountId}`);
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Signature didn't match" })).toHaveCount(1);
});

test("credentials sealed with another encryption key: a TeleSign message is held with the reason, a delivery report is listed as refused", async ({ page }) => {
  const agent = await seedUser("AGENT");
  const customerAccount = await fakeTelesign.addCustomer();
  const setup = seedMessagingSetup({ provider: "TELESIGN", channel: "SMS", credentials: { customerId: customerAccount.customerId, apiKey: customerAccount.apiKey }, agentIds: [agent.id], sealedWith: PREVIOUS_KEY });
  const mo = JSON.parse(readTelesignPayload("telesign-mo-sms-inbound")) as { reference_id: string; user_response: { phone_number: string; mo_message: string } };
  mo.reference_id = randomBytes(16).toString("hex").toUpperCase();
  mo.user_response.phone_number = randomE164().slice(1);
  mo.user_response.mo_message = "TeleSign while the key was wrong";
  expect((await postTelesignWebhook({ url: setup.callbackUrl, ...customerAccount, body: JSON.stringify(mo) })).status).toBe(200);
  const report = JSON.parse(readTelesignPayload("telesign-dlr-delivered")) as { reference_id: string };
  report.reference_id = randomBytes(16).toString("hex").toUpperCase();
  const refused = await postTelesignWebhook({ url: setup.callbackUrl, ...customerAccount, body: JSON.stringify(report) });
  expect(refused.status).toBeLessThan(500);

  await signIn(page, ADMIN);
  await page.goto(`/channels/message-log?tab=held&accountId=${setup.accountId}`);
  await expect(page.getByRole("row").filter({ hasText: "TeleSign while the key was wrong" })).toContainText("Credentials can't be decrypted");
  await page.goto(`/channels/message-log?tab=rejected&accountId=${setup.accountId}`);
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Credentials can't be decrypted" })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/channels/accounts/${setup.accountId}`);
  await expect(page.getByRole("alert").filter({ hasText: "This account's credentials can't be read with the current encryption key" })).toBeVisible();
});

// What administrators see of the callback URLs (SPEC §6): refused and Monitor-mode requests with their
// reason, held messages replayed once their cause is fixed, the signature mode per account, and an
// account whose credentials the current encryption key can't open.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { countMessages, messageStatus, randomE164, setAccountStatus } from "./support/message-flow";
import { E2E_BASE_URL } from "./support/server-env";
import {
  callbackUrl,
  postRaw,
  postTelesignWebhook,
  postTwilioWebhook,
  postWithEndlessBody,
  readTelesignPayload,
  readTwilioPayload,
  withParams,
} from "./support/webhooks";
import { ADMIN, signIn } from "./support/users";

function inboundSms(options: { accountSid: string; to: string; from: string; body: string }) {
  const sid = `SM${randomBytes(16).toString("hex")}`;
  return {
    sid,
    params: withParams(readTwilioPayload("twilio-sms-inbound"), {
      MessageSid: sid,
      SmsMessageSid: sid,
      SmsSid: sid,
      AccountSid: options.accountSid,
      To: options.to,
      From: options.from,
      Body: options.body,
    }),
  };
}

test("an unsigned request is refused with 403 and listed for administrators; Monitor mode accepts and records a bad signature", async ({
  page,
  seed,
  db,
}) => {
  const agent = await seed.user("AGENT");
  const { twilio: twilioAccount, ...setup } = await seed.twilioSetup({ agentIds: [agent.id] });
  const unsigned = inboundSms({ accountSid: twilioAccount.sid, to: setup.number, from: randomE164(), body: "no signature here" });
  const refused = await postTwilioWebhook({
    url: setup.callbackUrl,
    authToken: twilioAccount.authToken,
    params: unsigned.params,
    signature: null,
  });
  expect(refused.status).toBe(403);
  expect(await countMessages(db, unsigned.sid)).toBe(0);

  await signIn(page, ADMIN);
  await page.goto(`/channels/message-log?tab=rejected&accountId=${setup.accountId}`);
  const table = page.getByRole("table");
  await expect(table.getByRole("row").filter({ hasText: "No signature" })).toHaveCount(1);
  await expect(table.getByText("Rejected", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The administrator switches the account to Monitor on its page (with a confirmation).
  await page.goto(`/channels/accounts/${setup.accountId}`);
  // A click that lands before the form's code is held and replayed once it has arrived (decision 042):
  // the radio is checked a moment later, so click and wait instead of check()'s immediate verdict.
  const monitor = page.getByRole("radio", { name: /^Monitor/ });
  await monitor.click();
  await expect(monitor).toBeChecked();
  await page.getByRole("button", { name: "Save mode" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Accept requests whose signature fails?" });
  await dialog.getByRole("button", { name: "Switch to Monitor" }).click();
  await expect(page.getByText("Monitor mode is on")).toBeVisible();

  const badlySigned = inboundSms({ accountSid: twilioAccount.sid, to: setup.number, from: randomE164(), body: "signed with an old token" });
  const accepted = await postTwilioWebhook({ url: setup.callbackUrl, authToken: "0".repeat(32), params: badlySigned.params });
  expect(accepted.status).toBe(200);
  await expect.poll(() => countMessages(db, badlySigned.sid)).toBe(1);
  await page.goto(`/channels/message-log?tab=rejected&accountId=${setup.accountId}`);
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Accepted (Monitor mode)" })).toHaveCount(1);
});

test("a message for an inactive account is held, listed, and replayed to a conversation once the account is active", async ({
  page,
  seed,
  db,
}) => {
  const agent = await seed.user("AGENT");
  const { twilio: twilioAccount, ...setup } = await seed.twilioSetup({ status: "INACTIVE", agentIds: [agent.id] });
  const customer = randomE164();
  const held = inboundSms({ accountSid: twilioAccount.sid, to: setup.number, from: customer, body: "Anyone there?" });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: held.params })).status).toBe(200);

  await signIn(page, ADMIN);
  await page.goto(`/channels/message-log?tab=held&accountId=${setup.accountId}`);
  const row = page.getByRole("row").filter({ hasText: "Anyone there?" });
  await expect(row).toContainText("Account inactive");
  await expectNoSeriousA11yViolations(page);

  await setAccountStatus(db, setup.accountId, "ACTIVE");
  await row.getByRole("button", { name: /^Replay/ }).click();
  await expect(page.getByText("Routed to a conversation.")).toBeVisible();
  expect(await countMessages(db, held.sid)).toBe(1);
});

test("a TeleSign message that doesn't say which number was texted is assigned to one of the account's numbers and routed", async ({
  page,
  seed,
  db,
}) => {
  const agent = await seed.user("AGENT");
  const other = randomE164();
  const { telesign: customerAccount, ...setup } = await seed.telesignSetup({ agentIds: [agent.id], otherNumbers: [other] });
  // TeleSign's own documented MO sample: "sender_id": "" — with two numbers, nothing says which one.
  const mo = JSON.parse(readTelesignPayload("telesign-mo-sms-inbound")) as {
    reference_id: string;
    user_response: { phone_number: string; sender_id: string; mo_message: string };
  };
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
  expect(await countMessages(db, mo.reference_id)).toBe(1);

  await page.goto("/settings/audit-log");
  await expect(page.getByRole("row").filter({ hasText: setup.number }).first()).toBeVisible();
});

function statusCallback(options: { accountSid: string; messageSid: string; status: string }) {
  return withParams(readTwilioPayload("twilio-status-sms-sent"), {
    MessageSid: options.messageSid,
    SmsSid: options.messageSid,
    MessageStatus: options.status,
    SmsStatus: options.status,
    AccountSid: options.accountSid,
  });
}

/** Reloads the Rejected tab until a row with `text` is there: processing runs after the callback's answer. */
async function expectRejectedRow(page: Page, accountId: string, text: string) {
  const row = page.getByRole("table").getByRole("row").filter({ hasText: text });
  await expect(async () => {
    await page.goto(`/channels/message-log?tab=rejected&accountId=${accountId}`);
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return row;
}

test("callback bodies are bounded: 413 past the cap, and an unknown key is refused without reading the body", async ({ seed }) => {
  const { twilio: twilioAccount, ...twilioSetup } = await seed.twilioSetup();
  const { telesign: telesignCustomer, ...telesignSetup } = await seed.telesignSetup();
  const megabyte = new Uint8Array(1024 * 1024).fill(0x61);
  const form = { "Content-Type": "application/x-www-form-urlencoded" };

  // Declared with Content-Length, and streamed without one (chunked): both are cut off at the cap.
  expect((await postRaw({ url: twilioSetup.callbackUrl, body: megabyte, headers: form })).status).toBe(413);
  const chunked = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < 16; i++) controller.enqueue(megabyte.subarray(i * 65_536, (i + 1) * 65_536));
      controller.close();
    },
  });
  expect((await postRaw({ url: twilioSetup.callbackUrl, body: chunked, headers: form })).status).toBe(413);
  expect((await postRaw({ url: telesignSetup.callbackUrl, body: megabyte, headers: { "Content-Type": "application/json" } })).status).toBe(
    413,
  );
  expect((await postRaw({ url: `${E2E_BASE_URL}/api/ping`, body: new Uint8Array(2048) })).status).toBe(413);
  expect((await postRaw({ url: `${E2E_BASE_URL}/api/ping`, body: new Uint8Array(100) })).status).toBe(204);

  // A body that never ends still gets its answer: the key is looked up before anything is read.
  const unknownKey = randomBytes(32).toString("base64url");
  expect(await postWithEndlessBody({ url: callbackUrl("twilio", unknownKey), contentLength: 100 * 1024 * 1024, headers: form })).toBe(403);
  expect(
    await postWithEndlessBody({
      url: callbackUrl("telesign", unknownKey),
      contentLength: 100 * 1024 * 1024,
      headers: { "Content-Type": "application/json" },
    }),
  ).toBe(401);

  // A real callback still fits.
  const status = statusCallback({ accountSid: twilioAccount.sid, messageSid: `SM${randomBytes(16).toString("hex")}`, status: "sent" });
  expect((await postTwilioWebhook({ url: twilioSetup.callbackUrl, authToken: twilioAccount.authToken, params: status })).status).toBe(200);
  const report = readTelesignPayload("telesign-dlr-delivered");
  expect(
    (
      await postTelesignWebhook({
        url: telesignSetup.callbackUrl,
        customerId: telesignCustomer.customerId,
        apiKey: telesignCustomer.apiKey,
        body: report,
      })
    ).status,
  ).toBe(200);
});

test("alike refused requests are counted on one row with when they were last seen", async ({ page, seed }) => {
  const { twilio: twilioAccount, ...setup } = await seed.twilioSetup();
  const unsigned = inboundSms({ accountSid: twilioAccount.sid, to: setup.number, from: randomE164(), body: "five times unsigned" });
  for (let i = 0; i < 5; i++)
    expect(
      (await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: unsigned.params, signature: null }))
        .status,
    ).toBe(403);

  await signIn(page, ADMIN);
  await page.goto(`/channels/message-log?tab=rejected&accountId=${setup.accountId}`);
  const rows = page.getByRole("table").getByRole("row").filter({ hasText: "No signature" });
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole("cell", { name: "5", exact: true })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Last seen" })).toBeVisible();
  await expect(rows).toContainText("Body=five+times+unsigned");
});

test("a signed Twilio request for another Twilio account (AccountSid) is refused and listed with that reason", async ({
  page,
  db,
  seed,
}) => {
  const { twilio: twilioAccount, ...setup } = await seed.twilioSetup();
  const foreign = inboundSms({
    accountSid: `AC${randomBytes(16).toString("hex")}`,
    to: setup.number,
    from: randomE164(),
    body: "meant for someone else",
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: foreign.params })).status).toBe(
    403,
  );
  expect(await countMessages(db, foreign.sid)).toBe(0);

  await signIn(page, ADMIN);
  await page.goto(`/channels/message-log?tab=rejected&accountId=${setup.accountId}`);
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Another Twilio account" })).toHaveCount(1);
});

test("a status callback only updates messages of the account that received it; a status for an unknown message is listed", async ({
  page,
  seed,
  db,
}) => {
  const { twilio: ownerTwilio, ...owner } = await seed.twilioSetup();
  const { twilio: otherTwilio, ...other } = await seed.twilioSetup();
  const messageSid = `SM${randomBytes(16).toString("hex")}`;
  await seed.outboundMessage({
    setup: owner,
    provider: "TWILIO",
    channel: "SMS",
    customerAddress: randomE164(),
    providerMessageId: messageSid,
    body: "Your parcel is on its way",
  });

  // Properly signed for the other account, but naming the owner's message: accepted, never applied.
  const misrouted = statusCallback({ accountSid: otherTwilio.sid, messageSid, status: "failed" });
  expect((await postTwilioWebhook({ url: other.callbackUrl, authToken: otherTwilio.authToken, params: misrouted })).status).toBe(200);
  const unknown = statusCallback({ accountSid: otherTwilio.sid, messageSid: `SM${randomBytes(16).toString("hex")}`, status: "delivered" });
  expect((await postTwilioWebhook({ url: other.callbackUrl, authToken: otherTwilio.authToken, params: unknown })).status).toBe(200);

  await signIn(page, ADMIN);
  await expectRejectedRow(page, other.accountId, "Status for another account's message");
  expect(await messageStatus(db, messageSid)).toBe("QUEUED");
  const unknownRow = await expectRejectedRow(page, other.accountId, "Status for an unknown message");
  await expect(unknownRow).toContainText("Not applied");

  // The owner's own callback URL applies it.
  const delivered = statusCallback({ accountSid: ownerTwilio.sid, messageSid, status: "delivered" });
  expect((await postTwilioWebhook({ url: owner.callbackUrl, authToken: ownerTwilio.authToken, params: delivered })).status).toBe(200);
  await expect.poll(() => messageStatus(db, messageSid), { timeout: 15_000 }).toBe("DELIVERED");
});

// Stands for the key the secrets were saved with before the server restarted with another one.
const PREVIOUS_KEY = Buffer.alloc(32, 9);

test("credentials sealed with another encryption key: Twilio callbacks are held with the reason, the account says what's wrong, and Replay checks the signature once they are re-entered", async ({
  page,
  db,
  seed,
}) => {
  const agent = await seed.user("AGENT");
  const { twilio: twilioAccount, ...setup } = await seed.twilioSetup({ agentIds: [agent.id], sealedWith: PREVIOUS_KEY });
  const genuine = inboundSms({ accountSid: twilioAccount.sid, to: setup.number, from: randomE164(), body: "Sent while the key was wrong" });
  const forged = inboundSms({
    accountSid: twilioAccount.sid,
    to: setup.number,
    from: randomE164(),
    body: "Forged while the key was wrong",
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: genuine.params })).status).toBe(
    200,
  );
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: "0".repeat(32), params: forged.params })).status).toBe(200);
  // Kept, never routed: the signature couldn't be checked.
  expect(await countMessages(db, genuine.sid)).toBe(0);

  await signIn(page, ADMIN);
  await page.goto(`/channels/message-log?tab=held&accountId=${setup.accountId}`);
  const genuineRow = page.getByRole("row").filter({ hasText: "Sent while the key was wrong" });
  const forgedRow = page.getByRole("row").filter({ hasText: "Forged while the key was wrong" });
  await expect(genuineRow).toContainText("Credentials can't be decrypted");
  await expect(genuineRow).toContainText("encryption key changed");
  await expect(forgedRow).toContainText("Credentials can't be decrypted");
  await expectNoSeriousA11yViolations(page);

  // Searched by name: after the whole suite the list has more accounts than one page holds.
  const { accountName } = setup;
  await page.goto(`/channels/accounts?q=${encodeURIComponent(accountName)}`);
  await expect(page.getByRole("row").filter({ hasText: accountName })).toContainText("Credentials unreadable");

  await page.goto(`/channels/accounts/${setup.accountId}`);
  await expect(
    page.getByRole("alert").filter({ hasText: "This account's credentials can't be read with the current encryption key" }),
  ).toContainText("APP_ENCRYPTION_KEY_PREVIOUS");
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
  expect(await countMessages(db, genuine.sid)).toBe(1);

  await forgedRow.getByRole("button", { name: /^Replay/ }).click();
  await expect(page.getByText("The signature didn't match the account's credentials, so the message wasn't routed.")).toBeVisible();
  await expect(forgedRow).toHaveCount(0);
  expect(await countMessages(db, forged.sid)).toBe(0);
  await page.goto(`/channels/message-log?tab=rejected&accountId=${setup.accountId}`);
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Signature didn't match" })).toHaveCount(1);
});

test("credentials sealed with another encryption key: a TeleSign message is held with the reason, a delivery report is listed as refused", async ({
  page,
  seed,
}) => {
  const agent = await seed.user("AGENT");
  const { telesign: customerAccount, ...setup } = await seed.telesignSetup({ agentIds: [agent.id], sealedWith: PREVIOUS_KEY });
  const mo = JSON.parse(readTelesignPayload("telesign-mo-sms-inbound")) as {
    reference_id: string;
    user_response: { phone_number: string; mo_message: string };
  };
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
  await expect(page.getByRole("row").filter({ hasText: "TeleSign while the key was wrong" })).toContainText(
    "Credentials can't be decrypted",
  );
  await page.goto(`/channels/message-log?tab=rejected&accountId=${setup.accountId}`);
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Credentials can't be decrypted" })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/channels/accounts/${setup.accountId}`);
  await expect(
    page.getByRole("alert").filter({ hasText: "This account's credentials can't be read with the current encryption key" }),
  ).toBeVisible();
});

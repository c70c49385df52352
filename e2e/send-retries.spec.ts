// Rate limits and lost answers without double sends (issue #15.3, decision 033), against the fake
// Twilio's send faults: a reply Twilio answers 429 (Retry-After) is retried and delivered once; a
// reply whose answer never comes is not sent again and is completed by its status callback, matched
// by our id in the signed StatusCallback URL; and the number's send rate (MPS) saves and validates.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { fakeTwilio } from "./fakes/control";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomE164 } from "./support/message-flow";
import { postTwilioWebhook, readTwilioPayload, withParams } from "./support/webhooks";
import { signIn } from "./support/users";

const sid = () => `SM${randomBytes(16).toString("hex")}`;

async function customerWritesIn(setup: { number: string; callbackUrl: string }, twilio: { sid: string; authToken: string }) {
  const customer = randomE164();
  const messageSid = sid();
  const inbound = withParams(readTwilioPayload("twilio-sms-inbound"), {
    MessageSid: messageSid,
    SmsMessageSid: messageSid,
    SmsSid: messageSid,
    AccountSid: twilio.sid,
    To: setup.number,
    From: customer,
    Body: "Where is my parcel?",
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilio.authToken, params: inbound })).status).toBe(200);
  return customer;
}

async function replyTo(page: Page, customer: string, text: string) {
  await page.goto("/conversations");
  const link = page.getByRole("link", { name: new RegExp(customer.slice(-4)) });
  await expect(link).toBeVisible({ timeout: 15_000 });
  await link.click();
  await page.getByLabel("Message", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText(text)).toBeVisible();
}

test("a reply Twilio rate-limits is retried after Retry-After and delivered once", async ({ page, seed }) => {
  const agent = await seed.user("AGENT");
  const { twilio, ...setup } = await seed.twilioSetup({ agentIds: [agent.id] });
  const customer = await customerWritesIn(setup, twilio);
  await fakeTwilio.setSendFaults({ accountSid: twilio.sid, rateLimitTimes: 2, retryAfterSeconds: 2 });

  await signIn(page, agent);
  await replyTo(page, customer, "It leaves the depot today.");
  // While it waits, the agent sees why.
  await expect(page.getByText(/Twilio is rate limiting sends right now; .* retried automatically/)).toBeVisible({ timeout: 10_000 });

  const posts = async () => (await fakeTwilio.messages()).filter((m) => m.accountSid === twilio.sid);
  await expect.poll(async () => (await posts()).map((m) => m.errorCode), { timeout: 20_000 }).toEqual([20429, 20429, null]);
  await expect(page.getByText("Queued")).toBeVisible({ timeout: 15_000 });
  const accepted = (await posts())[2];
  if (!accepted?.sid) throw new Error("the retry wasn't accepted");

  const status = withParams(readTwilioPayload("twilio-status-sms-sent"), {
    MessageSid: accepted.sid,
    SmsSid: accepted.sid,
    MessageStatus: "delivered",
    SmsStatus: "delivered",
    AccountSid: twilio.sid,
    To: customer,
    From: setup.number,
  });
  const url = accepted.form.StatusCallback ?? "";
  expect((await postTwilioWebhook({ url, authToken: twilio.authToken, params: status })).status).toBe(200);
  await expect(page.getByText("Delivered")).toBeVisible({ timeout: 15_000 });
  // Exactly the two refused attempts and one accepted: the message went out once.
  expect((await posts()).filter((m) => m.sid)).toHaveLength(1);
  expect(await posts()).toHaveLength(3);
});

test("a reply whose answer is lost is not sent again, and its status callback completes it", async ({ page, seed, db }) => {
  const agent = await seed.user("AGENT");
  const { twilio, ...setup } = await seed.twilioSetup({ agentIds: [agent.id] });
  const customer = await customerWritesIn(setup, twilio);
  await fakeTwilio.setSendFaults({ accountSid: twilio.sid, hangTimes: 1 });

  await signIn(page, agent);
  await replyTo(page, customer, "Checking with the courier now.");
  await expect(page.getByText(/Outcome unknown: Twilio didn't answer after receiving the send/)).toBeVisible({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page);

  const posts = async () => (await fakeTwilio.messages()).filter((m) => m.accountSid === twilio.sid);
  const [hung] = await posts();
  if (!hung?.sid) throw new Error("the fake didn't take the send");
  expect(hung.hung).toBe(true);
  // The callback URL names our message; the status names only Twilio's SID, which we never learned.
  const callback = new URL(hung.form.StatusCallback ?? "");
  const messageId = callback.searchParams.get("sbMessageId");
  expect(messageId).toBeTruthy();
  expect(await db.message.findUniqueOrThrow({ where: { id: messageId ?? "" }, select: { status: true, providerMessageId: true } })).toEqual(
    { status: "PENDING", providerMessageId: null },
  );

  const status = withParams(readTwilioPayload("twilio-status-sms-sent"), {
    MessageSid: hung.sid,
    SmsSid: hung.sid,
    MessageStatus: "delivered",
    SmsStatus: "delivered",
    AccountSid: twilio.sid,
    To: customer,
    From: setup.number,
  });
  expect((await postTwilioWebhook({ url: callback.toString(), authToken: twilio.authToken, params: status })).status).toBe(200);
  await expect(page.getByText("Delivered")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/Outcome unknown/)).toHaveCount(0);
  expect(await db.message.findUniqueOrThrow({ where: { id: messageId ?? "" }, select: { providerMessageId: true } })).toEqual({
    providerMessageId: hung.sid,
  });
  expect(await posts()).toHaveLength(1);
});

test("an administrator sets a number's send rate; a bad value is refused on its field", async ({ page, seed, db }) => {
  const admin = await seed.user("ADMINISTRATOR");
  const setup = await seed.twilioSetup();
  await signIn(page, admin);
  await page.goto(`/channels/accounts/${setup.accountId}`);
  await page.getByRole("button", { name: /^Actions for / }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit number" });
  const rate = dialog.getByLabel("Send rate (messages per second) (optional)");
  await expect(rate).toHaveValue("");
  await rate.fill("fast");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(
    dialog.getByText("Enter a number of messages per second from 0.1 to 1,000, or leave it empty for the default."),
  ).toBeVisible();
  await expect(rate).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  await rate.fill("2.5");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("2.5 msg/s")).toBeVisible();
  expect(await db.phoneNumber.findUniqueOrThrow({ where: { id: setup.numberId }, select: { sendRatePerSecond: true } })).toEqual({
    sendRatePerSecond: 2.5,
  });
});

test("a reply that never got a status report can be resent, only once the agent confirms", async ({ page, seed, db }) => {
  const agent = await seed.user("AGENT");
  const { twilio, ...setup } = await seed.twilioSetup({ agentIds: [agent.id] });
  const customer = await customerWritesIn(setup, twilio);
  await fakeTwilio.setSendFaults({ accountSid: twilio.sid, hangTimes: 1 });
  await signIn(page, agent);
  await replyTo(page, customer, "Are you still there?");
  await expect(page.getByText(/Outcome unknown/)).toBeVisible({ timeout: 15_000 });
  const [hung] = await fakeTwilio.messages().then((all) => all.filter((m) => m.accountSid === twilio.sid));
  const messageId = new URL(hung?.form.StatusCallback ?? "").searchParams.get("sbMessageId") ?? "";

  // Ten minutes without a status report: what the periodic pass (reconcile.ts, unit-tested) does then.
  await db.message.update({ where: { id: messageId }, data: { status: "FAILED", errorCode: "noStatusReport" } });
  await page.reload();
  await expect(page.getByText(/Twilio never reported what became of this message/)).toBeVisible();
  await page.getByRole("button", { name: "Resend" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Send this message again?" });
  await expect(dialog).toContainText("the customer may already have it");
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  // Until the closing dialog is gone its own "Resend" is still on the page: wait, or the next click lands on it.
  await expect(dialog).toBeHidden();
  expect(await fakeTwilio.messages().then((all) => all.filter((m) => m.accountSid === twilio.sid))).toHaveLength(1);

  await page.getByRole("button", { name: "Resend" }).click();
  await dialog.getByRole("button", { name: "Resend" }).click();
  await expect(page.getByText("The message was sent again.")).toBeVisible();
  await expect
    .poll(async () => (await fakeTwilio.messages()).filter((m) => m.accountSid === twilio.sid).map((m) => [m.form.Body, m.hung ?? false]))
    .toEqual([
      ["Are you still there?", true],
      ["Are you still there?", false],
    ]);
});

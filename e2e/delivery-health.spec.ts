// Delivery health (issue #15 item 4) from real traffic: a customer's SMS, two agent replies sent through
// the fake Twilio, status callbacks (one delivered, one failed with 30007), a request with a bad
// signature and a STOP — then the number's page, the account's section and the dashboard show them.
import { randomBytes } from "node:crypto";
import { expect, test, type Locator, type Page } from "./support/fixtures";
import { fakeTwilio } from "./fakes/control";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomE164 } from "./support/message-flow";
import { postTwilioWebhook, readTwilioPayload, withParams } from "./support/webhooks";
import { ADMIN, signIn } from "./support/users";

const sid = () => `SM${randomBytes(16).toString("hex")}`;

/** The value of a figure ("Sent", "Failed", …) in a health report's list of figures. */
function figure(scope: Page | Locator, label: string) {
  // A filter's inner locator is relative to each candidate, so it is built from the page.
  const page = "goto" in scope ? scope : scope.page();
  return scope
    .locator("dl > div")
    .filter({ has: page.getByRole("term").getByText(label, { exact: true }) })
    .getByRole("definition")
    .first();
}

async function chartsLoaded(page: Page) {
  // The charts load after the page (next/dynamic); axe should see them drawn.
  await expect(page.getByTestId("chart-loading")).toHaveCount(0);
  await expect(page.locator("[data-slot=chart] svg.recharts-surface").first()).toBeVisible();
}

test("a number's traffic shows on its page, its account's page and the dashboard", async ({ page, seed }) => {
  const agent = await seed.user("AGENT");
  const viewer = await seed.user("VIEWER");
  const { twilio: twilioAccount, ...setup } = await seed.twilioSetup({ agentIds: [agent.id] });
  const customer = randomE164();
  const post = (params: [string, string][], signature?: string) =>
    postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params, signature });
  const inboundSid = sid();
  const inbound = withParams(readTwilioPayload("twilio-sms-inbound"), {
    MessageSid: inboundSid,
    SmsMessageSid: inboundSid,
    SmsSid: inboundSid,
    AccountSid: twilioAccount.sid,
    To: setup.number,
    From: customer,
    Body: "Where is my order?",
  });
  expect((await post(inbound)).status).toBe(200);

  // The agent answers twice; the fake Twilio accepts both.
  await signIn(page, agent);
  await page.goto("/conversations");
  await page.getByRole("link", { name: new RegExp(customer.slice(-4)) }).click();
  for (const text of ["Checking now.", "It left the warehouse today."]) {
    await page.getByLabel("Message", { exact: true }).fill(text);
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.getByText(text)).toBeVisible();
  }
  const sent = async () => (await fakeTwilio.messages()).filter((message) => message.accountSid === twilioAccount.sid && message.sid);
  await expect.poll(async () => (await sent()).length).toBe(2);
  const [first, second] = await sent();

  // Twilio reports: the first delivered, the second failed — the carrier filtered it (30007).
  const status = (messageSid: string, messageStatus: string, extra: Record<string, string> = {}) =>
    withParams(readTwilioPayload("twilio-status-sms-sent"), {
      MessageSid: messageSid,
      SmsSid: messageSid,
      MessageStatus: messageStatus,
      SmsStatus: messageStatus,
      AccountSid: twilioAccount.sid,
      To: customer,
      From: setup.number,
      ...extra,
    });
  expect((await post(status(first!.sid!, "delivered"))).status).toBe(200);
  expect((await post(status(second!.sid!, "failed", { ErrorCode: "30007" }))).status).toBe(200);
  // Someone posts to the callback URL with a wrong signature: refused and counted.
  const forged = withParams(inbound, { MessageSid: sid(), Body: "forged" });
  expect((await post(forged, "bm90IGEgc2lnbmF0dXJl")).status).toBe(403);
  // The customer opts out.
  const stopSid = sid();
  expect((await post(withParams(inbound, { MessageSid: stopSid, SmsMessageSid: stopSid, SmsSid: stopSid, Body: "STOP" }))).status).toBe(
    200,
  );
  await expect(page.getByText("Replies blocked")).toBeVisible({ timeout: 15_000 });

  await page.context().clearCookies();
  await signIn(page, ADMIN);
  await page.goto(`/channels/numbers/${setup.numberId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(setup.number.slice(-4));
  await expect.poll(async () => (await figure(page, "Failed").textContent())?.trim(), { timeout: 15_000 }).toBe("1");
  await expect(figure(page, "Sent")).toHaveText("2");
  await expect(figure(page, "Delivered")).toHaveText("1");
  await expect(figure(page, "Undelivered")).toHaveText("0");
  await expect(figure(page, "Signature failures")).toHaveText("1");
  await expect(figure(page, "Opt-out rate")).toHaveText("100%");
  await expect(figure(page, "Last inbound message")).not.toHaveText("None yet");
  await expect(figure(page, "First response (median)")).not.toHaveText("—");
  const errors = page.getByRole("region", { name: "Delivery health" }).getByRole("table").filter({ hasText: "What it means" });
  await expect(errors.getByRole("row", { name: /30007/ })).toContainText("the carrier filtered this message as spam");
  await chartsLoaded(page);
  await expectNoSeriousA11yViolations(page);
  // The same over 7 days, and the chart's figures as a table.
  await page.getByRole("link", { name: "Last 7 days" }).click();
  await expect(page).toHaveURL(/period=7d/);
  await expect(page.getByRole("link", { name: "Last 7 days" })).toHaveAttribute("aria-current", "true");
  await expect(figure(page, "Failed")).toHaveText("1");
  await page.getByText("Show the figures as a table").first().click();
  await expect(page.getByRole("columnheader", { name: "Day" })).toBeVisible();
  await chartsLoaded(page);
  await expectNoSeriousA11yViolations(page);

  // The account's page sums its numbers.
  await page.getByRole("link", { name: setup.accountName }).first().click();
  await expect(page).toHaveURL(new RegExp(`/channels/accounts/${setup.accountId}`));
  const accountHealth = page.getByRole("region", { name: "Delivery health" });
  await expect(figure(accountHealth, "Failed")).toHaveText("1");
  await expect(figure(accountHealth, "Signature failures")).toHaveText("1");
  await expect(figure(accountHealth, "Opt-out rate")).toHaveText("100%");
  await chartsLoaded(page);
  await expectNoSeriousA11yViolations(page);

  // A viewer finds the dashboard in the navigation; the number ranks with its problems (1 failed, 1 opt-out).
  await page.context().clearCookies();
  await signIn(page, viewer);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Delivery health" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delivery health" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: setup.number }) });
  await expect(row.getByRole("cell").first()).toHaveText("2");
  await expect(row).toContainText("30007 × 1");
  await chartsLoaded(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Accounts", exact: true }).last().click();
  await expect(
    page
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: setup.accountName }) })
      .getByRole("cell")
      .first(),
  ).toHaveText("3");
});

test("a number without traffic says so", async ({ page, seed }) => {
  const setup = await seed.twilioSetup();
  await signIn(page, ADMIN);
  await page.goto(`/channels/numbers/${setup.numberId}`);
  await expect(page.getByRole("heading", { name: "No traffic in this period" })).toBeVisible();
  await expect(figure(page, "Last inbound message")).toHaveText("None yet");
  await expect(figure(page, "Opt-out rate")).toHaveText("—");
  await expectNoSeriousA11yViolations(page);
});

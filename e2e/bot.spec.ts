// The workstream bot end to end (issue #14 item 1, decision 028): an administrator switches the bot on
// and copies the signing secret shown once; a customer's first message goes to the local fake bot
// (e2e/fakes/fake-bot.ts, which checks the signature as a real bot would); the bot's reply reaches the
// customer through the fake Twilio; the bot hands the conversation to a queue, where the agent sees it
// with the bot's messages marked. A bot that doesn't answer in time falls back to the agents, visibly.
import { randomBytes } from "node:crypto";
import type { Browser } from "@playwright/test";
import { expect, test, type Page } from "./support/fixtures";
import { fakeTwilio } from "./fakes/control";
import { startFakeBot, type FakeBot } from "./fakes/fake-bot";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomE164 } from "./support/message-flow";
import { postTwilioWebhook, readTwilioPayload, withParams } from "./support/webhooks";
import { ADMIN, signIn } from "./support/users";
import { openWorkstreamTab } from "./support/workstreams";

let bot: FakeBot;
test.beforeEach(async () => {
  bot = await startFakeBot();
});
test.afterEach(async () => {
  await bot.close();
});

const sid = () => `SM${randomBytes(16).toString("hex")}`;
const displayed = (e164: string) => new RegExp(e164.slice(-4));

function customerMessage(setup: { number: string; callbackUrl: string }, twilio: { sid: string; authToken: string }, from: string) {
  return async (body: string) => {
    const messageSid = sid();
    const params = withParams(readTwilioPayload("twilio-sms-inbound"), {
      MessageSid: messageSid,
      SmsMessageSid: messageSid,
      SmsSid: messageSid,
      AccountSid: twilio.sid,
      To: setup.number,
      From: from,
      Body: body,
    });
    expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilio.authToken, params })).status).toBe(200);
  };
}

async function sentTo(accountSid: string, customer: string) {
  return (await fakeTwilio.messages()).filter(
    (message) => message.accountSid === accountSid && message.form.To === customer && message.sid,
  );
}

async function agentPage(browser: Browser, agent: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(page, agent);
  return page;
}

async function openConversation(page: Page, customer: string) {
  await page.goto("/conversations");
  const link = page.getByRole("link", { name: displayed(customer) });
  await expect(link).toBeVisible({ timeout: 15_000 });
  await link.click();
  await expect(page).toHaveURL(/\/conversations\/[^/?]+$/);
}

test("a new conversation goes to the bot first; its reply reaches the customer; its hand-off reaches an agent's queue", async ({
  page,
  browser,
  seed,
  db,
}) => {
  const agent = await seed.user("AGENT");
  const { twilio, ...setup } = await seed.twilioSetup({ agentIds: [agent.id] });
  const queue = await db.queue.findUniqueOrThrow({ where: { id: setup.queueId }, select: { name: true } });

  // The administrator switches the bot on and copies the secret, shown this once.
  await signIn(page, ADMIN);
  await page.goto(`/workstreams/${setup.workstreamId}`);
  await openWorkstreamTab(page, "Bot");
  const section = page.getByRole("region", { name: "Bot", exact: true });
  await section.getByRole("switch", { name: "Send conversations to a bot first" }).click();
  await section.getByLabel("Bot name").fill("Ava");
  await section.getByLabel("Endpoint URL").fill(bot.url);
  await section.getByLabel("Hand over to agents after (minutes)").fill("0");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByText("Enter a whole number of minutes from 1 to 1,440.")).toBeVisible();
  await section.getByLabel("Hand over to agents after (minutes)").fill("30");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByText("Copy the bot's signing secret now")).toBeVisible();
  const secret = await section.getByLabel("Bot signing secret").inputValue();
  expect(secret).toMatch(/^sbbot_[A-Za-z0-9_-]{43}$/);
  await expectNoSeriousA11yViolations(page);
  bot.setSecret(secret);
  await section.getByRole("button", { name: "I've stored it" }).click();
  await expect(section.getByText("Switchboard signs every request to the bot with this secret.", { exact: false })).toBeVisible();
  await expect(section.getByLabel("Bot signing secret")).toHaveCount(0);

  bot.setReply((request) =>
    request.conversation.isNew
      ? { body: { messages: [{ text: "Hi, I'm Ava. What can I do for you?" }] } }
      : { body: { messages: [{ text: "Let me get you a person." }], handoff: { to: "queue", queue: queue.name } } },
  );
  const customer = randomE164();
  const write = customerMessage(setup, twilio, customer);

  await write("Hello");
  await expect
    .poll(async () => (await sentTo(twilio.sid, customer)).map((message) => message.form.Body))
    .toEqual(["Hi, I'm Ava. What can I do for you?"]);
  expect(bot.refused).toEqual([]);
  expect(bot.requests[0]?.payload).toMatchObject({ customer: { address: customer }, message: { text: "Hello" } });
  // With the bot: no queue, no agent yet.
  const withBot = await db.conversation.findFirstOrThrow({
    where: { customerAddress: customer },
    select: { id: true, botState: true, queueId: true, assignedToId: true },
  });
  expect(withBot).toMatchObject({ botState: "active", queueId: null, assignedToId: null });

  await write("I'd like to change my order");
  await expect
    .poll(async () => (await sentTo(twilio.sid, customer)).map((message) => message.form.Body))
    .toEqual(["Hi, I'm Ava. What can I do for you?", "Let me get you a person."]);
  await expect
    .poll(() => db.conversation.findUnique({ where: { id: withBot.id }, select: { queueId: true, assignedToId: true } }))
    .toEqual({ queueId: setup.queueId, assignedToId: agent.id });

  // The agent sees what the bot said, marked as the bot's, and the hand-off line.
  const agentTab = await agentPage(browser, agent);
  await openConversation(agentTab, customer);
  const thread = agentTab.getByRole("log");
  await expect(thread.getByText("Hi, I'm Ava. What can I do for you?")).toBeVisible();
  await expect(thread.getByText("Ava", { exact: true }).first()).toBeVisible();
  await expect(thread.getByText("Bot", { exact: true }).first()).toBeVisible();
  await expect(thread.getByText(`Ava handed the conversation to the agents (queue ${queue.name}).`)).toBeVisible();
  await expectNoSeriousA11yViolations(agentTab);
  await agentTab.context().close();
});

test("a bot that doesn't answer in time hands the conversation to the agents, and the thread says so", async ({ browser, seed, db }) => {
  const agent = await seed.user("AGENT");
  const { twilio, ...setup } = await seed.twilioSetup({ agentIds: [agent.id] });
  const secret = `sbbot_${randomBytes(32).toString("base64url")}`;
  // Sealed by the app's client, as the settings page would store it; fall back after one failure.
  await db.workstream.update({
    where: { id: setup.workstreamId },
    data: { botName: "Slowpoke", botEndpoint: bot.url, botSecret: secret, botMaxErrors: 1 },
    select: { id: true },
  });
  bot.setSecret(secret);
  bot.setReply(() => "hang");

  const customer = randomE164();
  await customerMessage(setup, twilio, customer)("Is anyone there?");
  await expect.poll(() => bot.requests.length).toBe(1);

  const agentTab = await agentPage(browser, agent);
  // Switchboard waits 10 s for the bot (lib/bots/call-bot.ts), then the agent gets the conversation.
  await agentTab.goto("/conversations");
  await expect(agentTab.getByRole("link", { name: displayed(customer) })).toBeVisible({ timeout: 30_000 });
  await agentTab.getByRole("link", { name: displayed(customer) }).click();
  const thread = agentTab.getByRole("log");
  await expect(thread.getByText("Is anyone there?")).toBeVisible();
  await expect(thread.getByText(/^Bot did not answer in time; handed to agents \(queue .+\)\.$/)).toBeVisible();
  expect(await db.conversation.findFirst({ where: { customerAddress: customer }, select: { botState: true, assignedToId: true } })).toEqual(
    {
      botState: "fallback",
      assignedToId: agent.id,
    },
  );
  await agentTab.context().close();
});

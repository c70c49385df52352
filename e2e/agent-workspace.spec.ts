// The agent workspace (issue #14 items 2–4): quick replies in the composer (the "/" shortcut and the
// picker, in the conversation's language, placeholders filled), notifications of a customer's reply in
// another conversation (toast and count in the tab title, from the workstream's template), and
// transfer to another agent (who is told; the customer gets the "transfer accepted" message).
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { fakeTwilio } from "./fakes/control";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomE164 } from "./support/message-flow";
import { signIn } from "./support/users";
import { postTwilioWebhook, readTwilioPayload, withParams } from "./support/webhooks";

const sid = () => `SM${randomBytes(16).toString("hex")}`;

type Setup = { callbackUrl: string; number: string; twilio: { sid: string; authToken: string } };

async function customerWrites(setup: Setup, customer: string, body: string) {
  const messageSid = sid();
  const params = withParams(readTwilioPayload("twilio-sms-inbound"), {
    MessageSid: messageSid,
    SmsMessageSid: messageSid,
    SmsSid: messageSid,
    AccountSid: setup.twilio.sid,
    To: setup.number,
    From: customer,
    Body: body,
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: setup.twilio.authToken, params })).status).toBe(200);
}

async function openConversation(page: Page, customer: string) {
  await page.goto("/conversations");
  const link = page.getByRole("link", { name: new RegExp(customer.slice(-4)) });
  await expect(link).toBeVisible({ timeout: 15_000 });
  await link.click();
  await expect(page).toHaveURL(/\/conversations\/[^/?]+$/);
}

test("quick replies: / opens the replies in the conversation's language, Enter inserts one with its placeholders filled; the picker offers the same", async ({
  page,
  seed,
  db,
}) => {
  const agent = await seed.user("AGENT");
  const setup = await seed.twilioSetup({ agentIds: [agent.id] });
  await db.workstream.update({
    where: { id: setup.workstreamId },
    data: {
      quickReplies: JSON.stringify([
        { locale: "en-US", text: "Hi, I'm {AgentName} from {QueueName}." },
        { locale: "ja-JP", text: "お問い合わせありがとうございます。" },
        { locale: "en-GB", text: "Your order ships today." },
      ]),
    },
  });
  const customer = randomE164();
  await customerWrites(setup, customer, "Where is my order?");
  await signIn(page, agent);
  await openConversation(page, customer);

  const message = page.getByLabel("Message", { exact: true });
  await message.pressSequentially("Hello! /");
  const list = page.getByRole("listbox", { name: "Quick replies" });
  await expect(list.getByRole("option")).toHaveText(["Hi, I'm {AgentName} from {QueueName}.", "Your order ships today."]);
  await expectNoSeriousA11yViolations(page);
  await message.pressSequentially("ship");
  await expect(list.getByRole("option")).toHaveText(["Your order ships today."]);
  await message.press("Backspace");
  await message.press("Backspace");
  await message.press("Backspace");
  await message.press("Backspace");
  await message.press("ArrowDown");
  await message.press("ArrowUp");
  await expect(list.getByRole("option", { selected: true })).toHaveText("Hi, I'm {AgentName} from {QueueName}.");
  await message.press("Enter");
  await expect(list).toBeHidden();
  await expect(message).toHaveValue(`Hello! Hi, I'm ${agent.name} from ${setup.queueName}.`);

  await page.getByRole("button", { name: "Quick replies" }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem")).toHaveText(["Hi, I'm {AgentName} from {QueueName}.", "Your order ships today."]);
  await expectNoSeriousA11yViolations(page, { within: "[role=menu]" }); // decision 006
  await menu.getByRole("menuitem", { name: "Your order ships today." }).click();
  await expect(message).toHaveValue(`Hello! Hi, I'm ${agent.name} from ${setup.queueName}. Your order ships today.`);
  await expect(message).toBeFocused();
});

test("a customer's reply in another conversation shows the workstream's notification and counts in the tab title until opened", async ({
  page,
  seed,
  db,
}) => {
  const agent = await seed.user("AGENT");
  const setup = await seed.twilioSetup({ agentIds: [agent.id] });
  await db.workstream.update({
    where: { id: setup.workstreamId },
    data: {
      notificationTemplates: JSON.stringify([{ event: "customerReplied", title: "{Channel} reply", body: "{CustomerNumber} wrote again" }]),
    },
  });
  const first = randomE164();
  let second = randomE164();
  while (second.slice(-4) === first.slice(-4)) second = randomE164();
  await customerWrites(setup, first, "First customer here");
  await customerWrites(setup, second, "Second customer here");
  await signIn(page, agent);
  await openConversation(page, first);
  await expect(page.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();
  await expect(page).not.toHaveTitle(/^\(\d+\)/);

  // A reply in the conversation on screen is not news.
  await customerWrites(setup, first, "Anything yet?");
  await expect(page.getByText("Anything yet?")).toBeVisible();
  await customerWrites(setup, second, "Hello, are you there?");
  const toast = page.locator("[data-sonner-toast]").filter({ hasText: "SMS reply" });
  await expect(toast).toBeVisible({ timeout: 15_000 });
  await expect(toast).toContainText(`${second.slice(-4)} wrote again`);
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(1);
  await expect(page).toHaveTitle(/^\(1\) /);
  await expectNoSeriousA11yViolations(page);

  await toast.getByRole("button", { name: "Open" }).click();
  await expect(page.getByText("Hello, are you there?")).toBeVisible();
  await expect(page).not.toHaveTitle(/^\(\d+\)/);
});

test("an agent transfers a conversation to another agent: the receiver is told and has it, the customer gets the transfer message, the thread says so", async ({
  page,
  browser,
  seed,
  db,
}) => {
  const sender = await seed.user("AGENT");
  const receiver = await seed.user("AGENT");
  const setup = await seed.twilioSetup({
    agentIds: [sender.id],
    automatedMessages: [{ trigger: "transferAccepted", locale: "en-US", text: "{AgentName} is taking over your conversation." }],
  });
  const customer = randomE164();
  await customerWrites(setup, customer, "I need to change my address");
  await expect
    .poll(
      async () => (await db.conversation.findFirst({ where: { customerAddress: customer }, select: { assignedToId: true } }))?.assignedToId,
    )
    .toBe(sender.id);
  await db.queueMember.create({ data: { queueId: setup.queueId, userId: receiver.id } });

  const receiverContext = await browser.newContext();
  const receiverPage = await receiverContext.newPage();
  await signIn(receiverPage, receiver);
  await receiverPage.goto("/conversations");
  await expect(receiverPage.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();

  await signIn(page, sender);
  await openConversation(page, customer);
  await page.getByRole("button", { name: "Transfer" }).click();
  const dialog = page.getByRole("dialog", { name: "Transfer conversation" });
  // Choosing nothing says what is missing.
  await dialog.getByRole("button", { name: "Transfer" }).click();
  await expect(dialog.getByText("Choose the agent to transfer to.")).toBeVisible();
  await dialog.getByLabel("Search agents").fill(receiver.name.slice(-8));
  await dialog.getByRole("radio", { name: receiver.name }).check();
  await dialog.getByLabel("Note for the receiver (optional)").fill("Wants to move to Lyon");
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Transfer" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Transferred to ${receiver.name}.`)).toBeVisible();
  await expect(page.getByText(`${sender.name} transferred this conversation to ${receiver.name}`)).toBeVisible();
  await expect(page.getByText("Note: Wants to move to Lyon")).toBeVisible();
  await expect(page.getByText(`${receiver.name} handles this conversation, so only they can reply.`)).toBeVisible();

  const toast = receiverPage.locator("[data-sonner-toast]").filter({ hasText: "Conversation transferred to you" });
  await expect(toast).toBeVisible({ timeout: 15_000 });
  await expect(receiverPage).toHaveTitle(/^\(1\) /);
  await expect(receiverPage.getByRole("link", { name: new RegExp(customer.slice(-4)) })).toBeVisible();

  await expect
    .poll(async () =>
      (await fakeTwilio.messages()).filter((m) => m.accountSid === setup.twilio.sid && m.form.To === customer).map((m) => m.form.Body),
    )
    .toContain(`${receiver.name} is taking over your conversation.`);
  await receiverContext.close();
});

// The presence select and the notification menu load their Radix code on first use (decision 039): they
// must look and work the same from the first keypress.
test("presence and notification settings work from the keyboard on first use, and the presence is kept", async ({ page, seed }) => {
  const agent = await seed.user("AGENT");
  await signIn(page, agent);
  await page.goto("/conversations");
  const presence = page.getByRole("combobox", { name: "Your presence" });
  await expect(presence).toHaveText("Available");
  await presence.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("option", { name: "Away" }).click();
  await expect(page.getByText("Your presence is now Away.")).toBeVisible();
  await expect(presence).toHaveText("Away");
  await page.reload();
  await expect(presence).toHaveText("Away");

  await expectNoSeriousA11yViolations(page);

  const notifications = page.getByRole("button", { name: "Notifications" });
  await notifications.focus();
  await page.keyboard.press("ArrowDown");
  const sound = page.getByRole("menuitemcheckbox", { name: "A sound" });
  await expect(sound).toBeVisible();
  await expect(page.getByRole("menuitemcheckbox", { name: "A message on screen" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { within: '[role="menu"]' });
  await page.keyboard.press("Escape");
  await expect(sound).toHaveCount(0);
  await expect(notifications).toBeFocused();
});

// An administrator who is a member of a queue takes and answers conversations like an agent (issue
// #14 item 10): they are offered on the Agents page, get push conversations, see them under "Mine",
// reply, and take a waiting one in a pick queue.
import { randomBytes } from "node:crypto";
import { fakeTwilio } from "./fakes/control";
import { expect, test } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomE164 } from "./support/message-flow";
import { ADMIN, signIn } from "./support/users";
import { postTwilioWebhook, readTwilioPayload, withParams } from "./support/webhooks";

const sid = () => `SM${randomBytes(16).toString("hex")}`;
const displayed = (e164: string) => new RegExp(e164.slice(-4));

test("an administrator in a queue gets a push conversation, answers it, and takes one from a pick queue", async ({ page, seed, db }) => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email }, select: { id: true } });
  const { twilio, ...push } = await seed.twilioSetup({ agentIds: [admin.id], distribution: "PUSH" });
  const { twilio: pickAccount, ...pick } = await seed.twilioSetup({ agentIds: [admin.id], distribution: "PICK" });
  const post = async (
    account: { sid: string; authToken: string },
    setup: { number: string; callbackUrl: string },
    from: string,
    body: string,
  ) => {
    const messageSid = sid();
    const params = withParams(readTwilioPayload("twilio-sms-inbound"), {
      MessageSid: messageSid,
      SmsMessageSid: messageSid,
      SmsSid: messageSid,
      AccountSid: account.sid,
      To: setup.number,
      From: from,
      Body: body,
    });
    expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: account.authToken, params })).status).toBe(200);
    await expect.poll(() => db.message.count({ where: { providerMessageId: messageSid } })).toBe(1);
  };

  const pushed = randomE164();
  await post(twilio, push, pushed, "Can an admin help me?");
  await expect
    .poll(
      async () => (await db.conversation.findFirst({ where: { customerAddress: pushed }, select: { assignedToId: true } }))?.assignedToId,
    )
    .toBe(admin.id);

  await signIn(page, ADMIN);
  // Administrators who take conversations are listed with the agents.
  await page.goto(`/queues/agents?q=${encodeURIComponent(ADMIN.email)}`);
  await expect(page.getByRole("row").filter({ hasText: ADMIN.name })).toBeVisible();

  await page.goto("/conversations?view=mine");
  const link = page.getByRole("link", { name: displayed(pushed) });
  await expect(link).toBeVisible();
  await link.click();
  await page.getByLabel("Message", { exact: true }).fill("Yes — Ada here, an administrator.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("Yes — Ada here, an administrator.")).toBeVisible();
  await expect
    .poll(
      async () => (await fakeTwilio.messages()).filter((message) => message.accountSid === twilio.sid && message.form.To === pushed).length,
    )
    .toBe(1);
  await expectNoSeriousA11yViolations(page);

  // A pick queue: the administrator takes the waiting conversation.
  const waiting = randomE164();
  await post(pickAccount, pick, waiting, "Anyone there?");
  const conversation = await db.conversation.findFirstOrThrow({ where: { customerAddress: waiting }, select: { id: true } });
  await page.goto(`/conversations/${conversation.id}`);
  await page.getByRole("button", { name: "Take", exact: true }).click();
  await expect
    .poll(
      async () =>
        (await db.conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { assignedToId: true } })).assignedToId,
    )
    .toBe(admin.id);
});

// Skill matching in push assignment (issue #14 item 5): a routing rule requires a skill, the routing
// tester says which agent would get the conversation and why the other wouldn't, and a real inbound
// message goes to the agent with the skill although the other one is less busy.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomE164 } from "./support/message-flow";
import { ADMIN, signIn } from "./support/users";
import { postTwilioWebhook, readTwilioPayload, withParams } from "./support/webhooks";
import { openWorkstreamTab } from "./support/workstreams";

const sid = () => `SM${randomBytes(16).toString("hex")}`;

async function choose(page: Page, combobox: ReturnType<Page["getByRole"]>, option: string) {
  await combobox.click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

test("exact skill matching: the tester explains the choice, and the conversation goes to the agent with the skill", async ({
  page,
  seed,
  db,
}) => {
  const billing = await seed.user("AGENT", { name: `Bea Billing ${randomBytes(3).toString("hex")}` });
  const sales = await seed.user("AGENT", { name: `Sam Sales ${randomBytes(3).toString("hex")}` });
  const { twilio, ...setup } = await seed.twilioSetup({ agentIds: [billing.id, sales.id], distribution: "PUSH" });
  await db.workstream.update({ where: { id: setup.workstreamId }, data: { skillMatching: "EXACT" } });
  await db.agentProfile.create({ data: { userId: billing.id, skills: JSON.stringify(["Billing"]) } });
  await db.agentProfile.create({ data: { userId: sales.id, skills: JSON.stringify(["Sales"]) } });
  // The billing agent is the busier one: without skill matching the sales agent would get the next conversation.
  await db.conversation.create({
    data: {
      accountId: setup.accountId,
      numberId: setup.numberId,
      channelInstanceId: setup.channelInstanceId,
      workstreamId: setup.workstreamId,
      queueId: setup.queueId,
      assignedToId: billing.id,
      channel: "SMS",
      provider: "TWILIO",
      customerAddress: randomE164(),
      ourAddress: setup.number,
    },
  });

  await signIn(page, ADMIN);
  await page.goto(`/workstreams/${setup.workstreamId}`);
  await openWorkstreamTab(page, "Routing rules");
  const routing = page.getByRole("region", { name: "Routing rules", exact: true });
  await routing.getByRole("button", { name: "Add rule" }).click();
  const dialog = page.getByRole("dialog", { name: "Add routing rule" });
  await dialog.getByLabel("Name", { exact: true }).fill("Invoices");
  await dialog.getByRole("group", { name: "Condition 1", exact: true }).getByLabel("Value").fill("invoice");
  await choose(page, dialog.getByRole("combobox", { name: "Queue", exact: true }), setup.queueName);
  await dialog.getByLabel("Required skills").fill("Billing");
  await dialog.getByLabel("Required skills").press("Enter");
  await expect(dialog.getByRole("list", { name: "Skills this rule requires" }).getByRole("listitem")).toHaveText(["Billing"]);
  await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
  await dialog.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByText("The routing rule “Invoices” was added.")).toBeVisible();
  await expect(routing.getByRole("list", { name: "Routing rules, in the order they are checked" })).toContainText(
    "Requires skills: Billing",
  );

  const tester = routing.getByRole("region", { name: "Test routing", exact: true });
  await tester.getByLabel("Message text").fill("A question about my invoice");
  await tester.getByRole("button", { name: "Test routing" }).click();
  await expect(tester.getByRole("status")).toHaveText(`Would go to ${setup.queueName} — matched rule 1 “Invoices”.`);
  await expect(tester.getByText(`Would be assigned to ${billing.name} now.`)).toBeVisible();
  await expect(tester.getByText("Skill matching: Exact match — required skills: Billing.")).toBeVisible();
  const agents = tester.getByRole("list", { name: `Agents of ${setup.queueName}, in the order they would be offered the conversation` });
  await expect(agents.getByRole("listitem").filter({ hasText: billing.name })).toContainText("Would get it");
  await expect(agents.getByRole("listitem").filter({ hasText: billing.name })).toContainText("1 of 10 units in use · 1 of 1 skills");
  await expect(agents.getByRole("listitem").filter({ hasText: sales.name })).toContainText("Not eligible: missing Billing");
  await expectNoSeriousA11yViolations(page);

  // A message no rule matches requires no skill: the less busy sales agent qualifies and would get it.
  await tester.getByLabel("Message text").fill("Hello");
  await tester.getByRole("button", { name: "Test routing" }).click();
  await expect(tester.getByText(`Would be assigned to ${sales.name} now.`)).toBeVisible();

  const post = async (body: string) => {
    const messageSid = sid();
    const params = withParams(readTwilioPayload("twilio-sms-inbound"), {
      MessageSid: messageSid,
      SmsMessageSid: messageSid,
      SmsSid: messageSid,
      AccountSid: twilio.sid,
      To: setup.number,
      From: randomE164(),
      Body: body,
    });
    expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilio.authToken, params })).status).toBe(200);
    let assignee: string | null | undefined;
    await expect
      .poll(async () => {
        const message = await db.message.findFirst({
          where: { providerMessageId: messageSid },
          select: { conversation: { select: { assignedToId: true } } },
        });
        assignee = message?.conversation.assignedToId;
        return assignee ?? null;
      })
      .not.toBeNull();
    return assignee;
  };
  expect(await post("My invoice is wrong")).toBe(billing.id);
  expect(await post("Hi there")).toBe(sales.id);
});

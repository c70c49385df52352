// Search and filters on the conversations page (issue #14 item 7): customer number, message text, queue
// and agent through the search pickers by keyboard, status and dates; every search is a URL that can be
// bookmarked; Newer / Older pages; axe stays clean with a picker open.
import { randomInt } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signIn } from "./support/users";

const results = (page: Page) => page.getByRole("region", { name: "Search results" });
const rowsOf = (page: Page) =>
  results(page)
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });

test("an administrator finds conversations by customer, text, queue, agent, status and date, and can bookmark the search", async ({
  page,
  seed,
  db,
}) => {
  const agent = await seed.user("AGENT");
  const admin = await seed.user("ADMINISTRATOR");
  // Pick distribution: the assignment tick must not hand the waiting conversation to the agent meanwhile.
  const setup = await seed.twilioSetup({ agentIds: [agent.id], distribution: "PICK" });
  const digits = String(randomInt(1000, 9999));
  const conversation = (index: number, data: { status?: "OPEN" | "RESOLVED"; assignedToId?: string; body: string; at: string }) =>
    db.conversation.create({
      data: {
        accountId: setup.accountId,
        numberId: setup.numberId,
        channelInstanceId: setup.channelInstanceId,
        workstreamId: setup.workstreamId,
        queueId: setup.queueId,
        assignedToId: data.assignedToId ?? null,
        channel: "SMS",
        provider: "TWILIO",
        customerAddress: `+1206555${digits}${index}`.slice(0, 16),
        ourAddress: setup.number,
        status: data.status ?? "OPEN",
        lastMessageAt: new Date(data.at),
        lastInboundAt: new Date(data.at),
        lastMessagePreview: data.body,
        messages: { create: { direction: "INBOUND", kind: "customer", body: data.body, provider: "TWILIO", status: "RECEIVED" } },
      },
      select: { id: true },
    });
  await conversation(1, { assignedToId: agent.id, body: "My parcel never arrived", at: "2026-03-02T10:00:00Z" });
  await conversation(2, { body: "Can I change my address?", at: "2026-03-05T10:00:00Z" });
  await conversation(3, { status: "RESOLVED", body: "Thanks, all sorted", at: "2026-02-20T10:00:00Z" });

  await signIn(page, admin);
  await page.goto("/conversations");
  const search = page.getByRole("search", { name: "Search conversations" });

  // Customer number, typed the way people write numbers.
  await search.getByLabel("Customer").fill(`+1 (206) 555-${digits}1`);
  await search.getByLabel("Customer").press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=%2B1\\+%28206%29\\+555-${digits}1`));
  await expect(rowsOf(page)).toHaveCount(1);
  await expect(rowsOf(page)).toContainText("My parcel never arrived");

  // Message text, within the seeded queue picked by keyboard in the search picker.
  await page.goto("/conversations");
  await search.getByLabel("Message text").fill("PARCEL");
  const queuePicker = search.getByRole("combobox", { name: "Queue" });
  await queuePicker.fill(setup.queueName.slice(-6));
  await expect(page.getByRole("option", { name: setup.queueName })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await queuePicker.press("ArrowDown");
  await queuePicker.press("Enter");
  await expect(queuePicker).toHaveValue(setup.queueName);
  await search.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`queueId=${setup.queueId}`));
  await expect(rowsOf(page)).toHaveCount(1);
  await expect(rowsOf(page)).toContainText(agent.name);

  // The URL is the search: opened again, it shows the same results and the picker names the queue.
  const bookmarked = page.url();
  await page.goto("/conversations");
  await page.goto(bookmarked);
  await expect(search.getByRole("combobox", { name: "Queue" })).toHaveValue(setup.queueName);
  await expect(rowsOf(page)).toHaveCount(1);

  // Nobody has it, still open: the agent picker's fixed "Unassigned" choice, and the status select.
  await page.goto(`/conversations?queueId=${setup.queueId}`);
  await expect(rowsOf(page)).toHaveCount(3);
  const agentPicker = search.getByRole("combobox", { name: "Agent" });
  await agentPicker.fill("unass");
  await agentPicker.press("Enter");
  await expect(agentPicker).toHaveValue("Unassigned");
  await search.getByRole("combobox", { name: "Status" }).click();
  await page.getByRole("option", { name: "Open", exact: true }).click();
  await search.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/agentId=none/);
  await expect(rowsOf(page)).toHaveCount(1);
  await expect(rowsOf(page)).toContainText("Can I change my address?");

  // Last activity by date.
  await page.goto(`/conversations?queueId=${setup.queueId}&from=2026-02-01&to=2026-02-28`);
  await expect(rowsOf(page)).toHaveCount(1);
  await expect(rowsOf(page)).toContainText("Thanks, all sorted");

  // Nothing found says so, and Clear filters goes back to the tabs.
  await page.goto(`/conversations?queueId=${setup.queueId}&text=nothing-like-this`);
  await expect(page.getByText("No conversations match")).toBeVisible();
  await search.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/conversations$/);
  await expect(page.getByRole("navigation", { name: "Conversation lists" }).locator('[aria-current="page"]')).toHaveText(/Mine/);
});

test("an agent pages through a long list newer and older, and sees only their own queues in the picker", async ({ page, seed, db }) => {
  const agent = await seed.user("AGENT");
  const setup = await seed.twilioSetup({ agentIds: [agent.id] });
  const other = await seed.twilioSetup({ agentIds: [] });
  const base = Date.UTC(2026, 0, 1);
  await db.conversation.createMany({
    data: Array.from({ length: 30 }, (_, index) => ({
      accountId: setup.accountId,
      numberId: setup.numberId,
      workstreamId: setup.workstreamId,
      queueId: setup.queueId,
      channel: "SMS" as const,
      provider: "TWILIO" as const,
      customerAddress: `+1206556${String(randomInt(1000, 9999))}${String(index).padStart(2, "0")}`,
      ourAddress: setup.number,
      status: "RESOLVED" as const,
      lastMessageAt: new Date(base + index * 60_000),
      lastMessagePreview: `Resolved number ${index}`,
    })),
  });

  await signIn(page, agent);
  await page.goto(`/conversations?queueId=${setup.queueId}&status=resolved`);
  await expect(rowsOf(page)).toHaveCount(25);
  await expect(rowsOf(page).first()).toContainText("Resolved number 29");
  await page.getByRole("link", { name: "Show older conversations" }).click();
  await expect(page).toHaveURL(/older=/);
  await expect(rowsOf(page)).toHaveCount(5);
  await expect(rowsOf(page).last()).toContainText("Resolved number 0");
  await page.getByRole("link", { name: "Show newer conversations" }).click();
  await expect(rowsOf(page)).toHaveCount(25);
  await expect(rowsOf(page).first()).toContainText("Resolved number 29");

  const queuePicker = page.getByRole("combobox", { name: "Queue" });
  await queuePicker.focus();
  await expect(page.getByRole("option", { name: setup.queueName })).toBeVisible();
  await expect(page.getByRole("option", { name: other.queueName })).toHaveCount(0);
  await queuePicker.press("Escape");
  await expect(page.getByRole("listbox", { name: "Queue" })).toBeHidden();

  // Enter right after typing never picks from the answer to the earlier search (the list above).
  await page.goto("/conversations");
  await queuePicker.click();
  await expect(page.getByRole("option", { name: setup.queueName })).toBeVisible();
  await queuePicker.fill("no such queue");
  await queuePicker.press("Enter");
  await expect(queuePicker).not.toHaveValue(setup.queueName);
  await expect(page).not.toHaveURL(new RegExp(`queueId=${setup.queueId}`));
});

import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { holdFormCode, watchNativeSubmits } from "./support/form-code";
import { ADMIN, signIn } from "./support/users";

test("an administrator creates a queue with two agents, renames it, sets an agent's capacity and skills, and deletes the queue", async ({
  page,
  seed,
}) => {
  const suffix = randomUUID().slice(0, 8);
  const ann = await seed.user("AGENT", { name: `Ann Queueagent ${suffix}` });
  const bo = await seed.user("AGENT", { name: `Bo Queueagent ${suffix}` });
  const queueName = `Billing ${suffix}`;
  const renamed = `Billing and refunds ${suffix}`;
  await signIn(page, ADMIN);

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Queues" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Queues" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Create: the name is required; agents are found by a search and ticked.
  await page.getByRole("link", { name: "New queue" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "New queue" })).toBeVisible();
  await page.getByRole("button", { name: "Create queue" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Name", { exact: true }).fill(queueName);
  await expect(page.getByRole("combobox", { name: "Operating hours" })).toHaveText("Always open");

  await page.getByRole("searchbox", { name: "Find agents" }).fill(suffix);
  await page.getByRole("checkbox", { name: ann.name }).check();
  // The checklist works from the keyboard too.
  await page.getByRole("checkbox", { name: bo.name }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: bo.name })).toBeChecked();
  await expect(page.getByRole("heading", { name: "2 agents chosen" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Remove ${ann.name}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Create queue" }).click();
  await expect(page.getByText(`Queue “${queueName}” was created.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: queueName })).toBeVisible();
  await expect(page.getByRole("button", { name: `Remove ${bo.name}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Used by" })).toContainText("No workstream or routing rule uses this queue.");
  await expectNoSeriousA11yViolations(page);

  // Names are unique, whatever their case.
  await page.goto("/queues/new");
  await page.getByLabel("Name", { exact: true }).fill(queueName.toLowerCase());
  await page.getByRole("button", { name: "Create queue" }).click();
  await expect(page.getByText("A queue with this name already exists.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Check the highlighted fields." })).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");

  // Rename from the list's row menu.
  await page.goto(`/queues?q=${encodeURIComponent(suffix)}`);
  const row = page.getByRole("row", { name: new RegExp(queueName) });
  await row.getByRole("button", { name: `Actions for ${queueName}` }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: queueName })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(renamed);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Queue “${renamed}” was saved.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

  await page.goto(`/queues?q=${encodeURIComponent(suffix)}`);
  const renamedRow = page.getByRole("row", { name: new RegExp(renamed) });
  await expect(renamedRow.getByRole("cell").nth(1)).toHaveText("2");
  await expect(renamedRow).toContainText("Always open");
  await expect(renamedRow).toContainText("Not used");

  // Agents: capacity and skills, with their rules.
  await page.getByRole("navigation", { name: "Queues and agents" }).getByRole("link", { name: "Agents" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agents" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to Users" })).toHaveAttribute("href", "/settings/users");
  await page.getByLabel("Search agents").fill(ann.name);
  await page.getByRole("button", { name: "Apply filters" }).click();
  const agentRow = page.getByRole("row", { name: new RegExp(ann.name) });
  await expect(agentRow).toContainText(renamed);
  await expect(agentRow.getByRole("cell").nth(3)).toContainText("10");
  await expect(agentRow).toContainText("No skills");
  await expectNoSeriousA11yViolations(page);

  await agentRow.getByRole("button", { name: `Edit capacity and skills of ${ann.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Capacity and skills of ${ann.name}` });
  const capacity = dialog.getByLabel("Capacity", { exact: true });
  await capacity.fill("101");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog.getByText("Enter a whole number from 1 to 100.")).toBeVisible();
  await expect(capacity).toHaveAttribute("aria-invalid", "true");
  await capacity.fill("25");

  const skills = dialog.getByLabel("Skills", { exact: true });
  await skills.fill("Billing");
  await skills.press("Enter");
  await skills.fill("Spanish, VIP");
  await skills.press("Enter");
  const skillList = dialog.getByRole("list", { name: `Skills of ${ann.name}` });
  await expect(skillList.getByRole("listitem")).toHaveText(["Billing", "Spanish", "VIP"]);
  await skills.fill("billing");
  await skills.press("Enter");
  await expect(dialog.getByText("This skill is already in the list.")).toBeVisible();
  await skills.fill("x".repeat(41));
  await dialog.getByRole("button", { name: "Add skill" }).click();
  await expect(dialog.getByText("Keep each skill to 40 characters or fewer.")).toBeVisible();
  await dialog.getByRole("button", { name: "Remove skill Spanish" }).click();
  await expect(skillList.getByRole("listitem")).toHaveText(["Billing", "VIP"]);
  await skills.fill("Refunds"); // left in the box: saving adds it
  await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`The capacity and skills of ${ann.name} were saved.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(agentRow.getByRole("cell").nth(3)).toHaveText("25");
  await expect(agentRow.getByRole("list", { name: `Skills of ${ann.name}` }).getByRole("listitem")).toHaveText([
    "Billing",
    "VIP",
    "Refunds",
  ]);

  // Searching by skill finds the agent.
  await page.goto(`/queues/agents?q=Refunds`);
  await expect(page.getByRole("row", { name: new RegExp(ann.name) })).toBeVisible();

  // The audit log has each change.
  await page.goto("/settings/audit-log?entityType=queue");
  const queueEvents = page.getByRole("row").filter({ hasText: suffix });
  await expect(queueEvents.filter({ hasText: "Created" })).toContainText(ann.email);
  await expect(queueEvents.filter({ hasText: "Updated" })).toContainText(`${queueName} → ${renamed}`);
  await page.goto("/settings/audit-log?entityType=agent");
  await expect(page.getByRole("row").filter({ hasText: ann.email }).first()).toContainText("Billing, VIP, Refunds");

  // An unused queue can be deleted; its agents stay.
  await page.goto(`/queues?q=${encodeURIComponent(suffix)}`);
  await renamedRow.getByRole("button", { name: `Actions for ${renamed}` }).click();
  await page.getByRole("menuitem", { name: "Delete queue" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Delete queue “${renamed}”?` });
  await expect(confirm).toContainText("Its 2 agents stay users");
  await expectNoSeriousA11yViolations(page, { within: "[role=alertdialog]" });
  await confirm.getByRole("button", { name: "Delete queue" }).click();
  await expect(page.getByText(`Queue “${renamed}” was deleted.`)).toBeVisible();
  await expect(renamedRow).toHaveCount(0);
  await page.goto(`/queues/agents?q=${encodeURIComponent(bo.name)}`);
  await expect(page.getByRole("row", { name: new RegExp(bo.name) })).toContainText("No queues");
});

test("a viewer sees queues and agents read-only", async ({ page, seed }) => {
  const suffix = randomUUID().slice(0, 8);
  const agent = await seed.user("AGENT", { name: `Cy Queueagent ${suffix}` });
  const queue = await seed.queue({ name: `Read only ${suffix}`, memberIds: [agent.id] });
  const viewer = await seed.user("VIEWER");
  await signIn(page, viewer);

  await page.goto(`/queues?q=${encodeURIComponent(suffix)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Queues" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New queue" })).toHaveCount(0);
  const row = page.getByRole("row", { name: new RegExp(queue.name) });
  await expect(row.getByRole("cell").nth(1)).toHaveText("1");
  await expect(row.getByRole("button")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await row.getByRole("link", { name: queue.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: queue.name })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(agent.name) })).toContainText(agent.email);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete queue" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/queues/agents?q=${encodeURIComponent(agent.name)}`);
  await expect(page.getByRole("row", { name: new RegExp(agent.name) })).toContainText(queue.name);
  await expect(page.getByRole("button", { name: /^Edit/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // The server refuses what the page hides.
  expect((await page.goto("/queues/new"))?.status()).toBe(403);
  expect((await page.request.get("/queues/agent-options?q=a")).status()).toBe(403);
});

test("the member picker's agent search answers a bad query with a 400 and a JSON error", async ({ page }) => {
  await signIn(page, ADMIN);
  const tooLong = await page.request.get(`/queues/agent-options?q=${"a".repeat(101)}`);
  expect(tooLong.status()).toBe(400);
  expect(await tooLong.json()).toEqual({ error: "badRequest", fields: ["q"] });
  const fine = await page.request.get("/queues/agent-options?q=a");
  expect(fine.status()).toBe(200);
  expect(await fine.json()).toMatchObject({ agents: expect.any(Array), hasMore: expect.any(Boolean) });
});

test("a fast user types a new queue's name and presses Enter before the form's code has arrived: the queue is created, nothing is lost or submitted natively", async ({
  page,
}) => {
  const name = `Fast queue ${randomUUID().slice(0, 8)}`;
  await signIn(page, ADMIN);
  await page.goto("/queues/new");
  const nativeSubmits = watchNativeSubmits(page);
  const region = page.locator("[data-hydrate-on-use]");
  const code = await holdFormCode(page, region);

  const field = page.getByLabel("Name", { exact: true });
  await field.fill(name);
  await field.press("Enter");
  // Focusing the field asked for the form's code, which is held: the form is still the server's HTML.
  await expect.poll(code.requested).toBeGreaterThan(0);
  await expect(region).not.toHaveAttribute("data-hydrated");
  await expect(field).toHaveValue(name);
  await expect(page).toHaveURL(/\/queues\/new$/);

  // Once the code is there, the submit that was held back goes through with what was typed.
  await code.release();
  await expect(page.getByText(`Queue “${name}” was created.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  expect(nativeSubmits).toEqual([]);
});

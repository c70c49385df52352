import { randomUUID } from "node:crypto";
import { expect, test, type Locator, type Page } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { ADMIN, signIn } from "./support/users";
import { openWorkstreamTab } from "./support/workstreams";
import { pickRecord } from "./support/combobox";

async function choose(page: Page, combobox: Locator, option: string) {
  await combobox.click();
  await page.getByRole("option", { name: option, exact: true }).click();
  await expect(combobox).toHaveText(option);
}

test("routing rules: add two, test where messages go, reorder by keyboard and mouse, catch a bad pattern, delete one", async ({
  page,
  seed,
}) => {
  const suffix = randomUUID().slice(0, 6);
  const workstream = `Routing ${suffix}`;
  const fallback = `Front desk ${suffix}`;
  const billing = await seed.queue({ name: `Billing ${suffix}` });
  const japan = await seed.queue({ name: `Japan desk ${suffix}` });
  await signIn(page, ADMIN);

  // A workstream with a new fallback queue.
  await page.goto("/workstreams/new");
  await page.getByLabel("Name", { exact: true }).fill(workstream);
  await page.getByRole("radio", { name: /^SMS/ }).check();
  await page.getByRole("radio", { name: /^Push/ }).check();
  await page.getByRole("radio", { name: "Create a queue" }).check();
  await page.getByLabel("New queue name").fill(fallback);
  await page.getByRole("button", { name: "Create workstream" }).click();
  await expect(page.getByRole("heading", { name: workstream, level: 1 })).toBeVisible();
  await openWorkstreamTab(page, "Routing rules");

  const routing = page.getByRole("region", { name: "Routing rules", exact: true });
  await expect(routing).toContainText(`No routing rules: every conversation goes to the fallback queue ${fallback}.`);
  await expectNoSeriousA11yViolations(page);

  // Rule A: message text contains "refund" → Billing. The name and the queue are required.
  await routing.getByRole("button", { name: "Add rule" }).click();
  let dialog = page.getByRole("dialog", { name: "Add routing rule" });
  await dialog.getByRole("button", { name: "Add rule" }).click();
  await expect(dialog.getByText("Enter a name for the rule.")).toBeVisible();
  await expect(dialog.getByText("Choose the queue this rule routes to.")).toBeVisible();
  await dialog.getByLabel("Name", { exact: true }).fill("Refunds");
  let condition = dialog.getByRole("group", { name: "Condition 1", exact: true });
  await expect(condition.getByRole("combobox", { name: "Field" })).toHaveText("Message text");
  await expect(condition.getByRole("combobox", { name: "Comparison" })).toHaveText("contains");
  await condition.getByLabel("Value").fill("refund");
  await pickRecord(page, dialog.getByRole("combobox", { name: "Queue", exact: true }), billing.name);
  await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
  await dialog.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByText("The routing rule “Refunds” was added.")).toBeVisible();
  await expect(dialog).toHaveCount(0);

  // Rule B: customer number starts with +81 → Japan desk.
  await routing.getByRole("button", { name: "Add rule" }).click();
  dialog = page.getByRole("dialog", { name: "Add routing rule" });
  await dialog.getByLabel("Name", { exact: true }).fill("Japan");
  condition = dialog.getByRole("group", { name: "Condition 1", exact: true });
  await choose(page, condition.getByRole("combobox", { name: "Field" }), "Customer number");
  await expect(condition.getByRole("combobox", { name: "Comparison" })).toHaveText("starts with");
  await condition.getByLabel("Value").fill("+81");
  await pickRecord(page, dialog.getByRole("combobox", { name: "Queue", exact: true }), japan.name);
  await dialog.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByText("The routing rule “Japan” was added.")).toBeVisible();

  const rules = routing.getByRole("list", { name: "Routing rules, in the order they are checked" });
  await expect(rules.getByRole("listitem")).toHaveText([
    /Rule 1: Refunds.*Message text contains “refund”/,
    /Rule 2: Japan.*Customer number starts with \+81/,
  ]);
  await expect(routing).toContainText(`Everything else`);
  await expect(routing).toContainText(fallback);
  await expect(routing.getByRole("button", { name: "Move Refunds up" })).toBeDisabled();
  await expect(routing.getByRole("button", { name: "Move Japan down" })).toBeDisabled();

  // Test routing: the first matching rule wins.
  const tester = routing.getByRole("region", { name: "Test routing", exact: true });
  const result = tester.getByRole("status");
  await expect(tester.getByRole("combobox", { name: "Channel" })).toHaveText("SMS"); // the workstream's channel
  await tester.getByLabel("Message text").fill("I want a refund");
  await tester.getByLabel("Customer number").fill("+81 90 1234 5678");
  await tester.getByRole("button", { name: "Test routing" }).click();
  await expect(result).toHaveText(`Would go to ${billing.name} — matched rule 1 “Refunds”.`);

  // Keyboard reorder: "Japan" up; the move is announced and focus stays on the rule.
  await routing.getByRole("button", { name: "Move Japan up" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Rule “Japan” moved to position 1.")).toBeAttached();
  await expect(rules.getByRole("listitem")).toHaveText([/Rule 1: Japan/, /Rule 2: Refunds/]);
  await expect(routing.getByRole("button", { name: "Move Japan up" })).toBeDisabled();
  await expect(routing.getByRole("button", { name: "Move Japan down" })).toBeFocused();
  await tester.getByRole("button", { name: "Test routing" }).click();
  await expect(result).toHaveText(`Would go to ${japan.name} — matched rule 1 “Japan”.`);
  await page.reload();
  await expect(rules.getByRole("listitem")).toHaveText([/Rule 1: Japan/, /Rule 2: Refunds/]);

  // A message no rule matches goes to the fallback queue.
  await tester.getByLabel("Message text").fill("Where is my parcel?");
  await tester.getByLabel("Customer number").fill("+14155550100");
  await tester.getByRole("button", { name: "Test routing" }).click();
  await expect(result).toHaveText(`Would go to the fallback queue ${fallback} (no rule matched).`);

  // An invalid pattern is reported on the very condition that holds it.
  await routing.getByRole("button", { name: "Actions for Refunds" }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  dialog = page.getByRole("dialog", { name: "Edit routing rule" });
  await dialog.getByRole("button", { name: "Add condition" }).click();
  const second = dialog.getByRole("group", { name: "Condition 2", exact: true });
  await choose(page, second.getByRole("combobox", { name: "Comparison" }), "matches the pattern");
  await second.getByLabel("Value").fill("([");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByText("This isn't a valid regular expression.")).toBeVisible();
  await expect(second.getByLabel("Value")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByRole("group", { name: "Condition 1", exact: true }).getByLabel("Value")).not.toHaveAttribute(
    "aria-invalid",
    "true",
  );
  // Patterns run on a linear-time engine (RE2): what it can't run is refused, naming the construct.
  await second.getByLabel("Value").fill("(?<=order )\\d+");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByText("Lookbehind, a group that starts with ?<= or ?<!, isn't supported")).toBeVisible();
  await second.getByLabel("Value").fill("(\\w+) \\1");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByText("Backreferences (such as \\1, which repeat what a group matched) aren't supported")).toBeVisible();
  await expect(second.getByLabel("Value")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
  // A pattern that backtracks exponentially in JavaScript is fine on RE2, here and in Test routing.
  await second.getByLabel("Value").fill("^(\\w+\\s?)+$");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("The routing rule “Refunds” was saved.")).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await tester.getByLabel("Message text").fill(`refund ${"a".repeat(60)}!`);
  await tester.getByRole("button", { name: "Test routing" }).click();
  await expect(result).toHaveText(`Would go to the fallback queue ${fallback} (no rule matched).`);
  await tester.getByLabel("Message text").fill("refund please");
  await tester.getByRole("button", { name: "Test routing" }).click();
  await expect(result).toHaveText(`Would go to ${billing.name} — matched rule 2 “Refunds”.`);

  // Mouse reorder: drag "Refunds" onto the first place.
  await rules
    .getByRole("listitem")
    .filter({ hasText: "Refunds" })
    .dragTo(rules.getByRole("listitem").filter({ hasText: "Japan" }));
  await expect(rules.getByRole("listitem")).toHaveText([/Rule 1: Refunds/, /Rule 2: Japan/]);

  // Delete, after a confirmation.
  await routing.getByRole("button", { name: "Actions for Refunds" }).click();
  await page.getByRole("menuitem", { name: "Delete rule" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete the routing rule “Refunds”?" });
  await confirm.getByRole("button", { name: "Delete rule" }).click();
  await expect(page.getByText("The routing rule “Refunds” was deleted.")).toBeVisible();
  await expect(rules.getByRole("listitem")).toHaveText([/Rule 1: Japan/]);
  await expectNoSeriousA11yViolations(page);
});

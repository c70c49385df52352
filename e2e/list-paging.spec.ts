// Record filters are server-side search comboboxes and lists page by cursor (Next / Previous, kept in the
// URL), on the Audit log and the Number inventory (docs/decisions/025-list-pages-at-scale.md).
import { expect, test } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { pickRecord } from "./support/combobox";
import { ADMIN, signIn } from "./support/users";

test("audit log: pick a user by searching, then page forward and back through their 30 entries", async ({ page, seed }) => {
  const actor = await seed.user("VIEWER");
  const labels = await seed.auditEvents(actor, 30);
  await signIn(page, ADMIN);
  await page.goto("/settings/audit-log");

  const userFilter = page.getByRole("combobox", { name: "User", exact: true });
  await userFilter.click();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  // Typing part of the e-mail finds them among however many users there are.
  await pickRecord(page, userFilter, `${actor.name} (${actor.email})`, { search: actor.email.slice(0, 14) });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`actorId=${actor.id}`));
  await expect(page.getByText("30 results")).toBeVisible();

  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Paged entry" })).toHaveCount(25);
  await expect(rows.nth(1)).toContainText(labels[0]!);
  await expect(page.getByRole("link", { name: "Go to previous page" })).toHaveAttribute("aria-disabled", "true");

  await page.getByRole("link", { name: "Go to next page" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(rows.filter({ hasText: "Paged entry" })).toHaveCount(5);
  await expect(rows.nth(1)).toContainText(labels[25]!);
  await expect(rows.last()).toContainText(labels[29]!);
  await expect(page.getByRole("link", { name: "Go to next page" })).toHaveAttribute("aria-disabled", "true");
  // The filter stays chosen on the next page, and the page is bookmarkable.
  await expect(userFilter).toHaveValue(`${actor.name} (${actor.email})`);
  const secondPage = page.url();

  await page.getByRole("link", { name: "Go to previous page" }).click();
  await expect(page).toHaveURL(/before=/);
  await expect(rows.filter({ hasText: "Paged entry" })).toHaveCount(25);
  await expect(rows.nth(1)).toContainText(labels[0]!);
  await expect(rows.nth(25)).toContainText(labels[24]!);

  await page.goto(secondPage);
  await expect(rows.nth(1)).toContainText(labels[25]!);
});

test("numbers: pick an integration by searching, then page forward and back through its 30 numbers", async ({ page, seed }) => {
  const account = await seed.smsAccountWithNumbers(30);
  await signIn(page, ADMIN);
  await page.goto("/channels/numbers");

  const integrationFilter = page.getByRole("combobox", { name: "Integration", exact: true });
  // Keyboard: focus (opens the list), type, pick with Enter.
  await integrationFilter.focus();
  await page.keyboard.type(account.name);
  // Only the match is listed once the server answered for what was typed.
  await expect(page.getByRole("option")).toHaveText([account.name]);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(integrationFilter).toHaveAttribute("aria-expanded", "false");
  await expect(integrationFilter).toHaveValue(account.name);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`accountId=${account.id}`));
  await expect(page.getByText("30 results")).toBeVisible();

  const numberRows = page.getByRole("table").getByRole("row").filter({ hasText: account.name });
  await expect(numberRows).toHaveCount(25);
  // In address order: the first 25, then the last 5.
  const digits = (address: string) => address.slice(-4);
  await expect(numberRows.first()).toContainText(digits(account.addresses[0]!));
  await page.getByRole("link", { name: "Go to next page" }).click();
  await expect(numberRows).toHaveCount(5);
  await expect(numberRows.first()).toContainText(digits(account.addresses[25]!));
  await expect(page.getByRole("link", { name: "Go to next page" })).toHaveAttribute("aria-disabled", "true");
  await page.getByRole("link", { name: "Go to previous page" }).click();
  await expect(numberRows).toHaveCount(25);
  await expect(numberRows.last()).toContainText(digits(account.addresses[24]!));
  await expect(page.getByRole("link", { name: "Go to previous page" })).toHaveAttribute("aria-disabled", "true");
});

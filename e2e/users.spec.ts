import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./support/users";

test("an administrator creates a user, changes the role, deactivates and reactivates them; the audit log records it", async ({
  page,
  browser,
}) => {
  const suffix = randomUUID().slice(0, 8);
  const person = { name: `Grace Operator ${suffix}`, email: `grace-${suffix}@example.com`, password: "Queue-keeper-2026" };
  await signIn(page, ADMIN);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();

  // Validation and a duplicate email, each on its field.
  await page.getByRole("button", { name: "New user" }).click();
  const dialog = page.getByRole("dialog", { name: "Create user" });
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog.getByText("This field is required.").first()).toBeVisible();
  await dialog.getByLabel("Name").fill(person.name);
  await dialog.getByLabel("Email").fill(ADMIN.email);
  await dialog.getByLabel("Initial password", { exact: true }).fill(person.password);
  await dialog.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: "Channel manager" }).click();
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog.getByText("A user with this email already exists.")).toBeVisible();
  await expect(dialog.getByRole("alert").filter({ hasText: "Check the highlighted fields." })).toBeVisible();
  await expect(dialog.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await dialog.getByLabel("Email").fill(person.email);
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText(`${person.email} was created.`)).toBeVisible();

  await page.getByLabel("Search users").fill(suffix);
  await page.getByRole("button", { name: "Apply filters" }).click();
  const row = page.getByRole("row", { name: new RegExp(person.name) });
  await expect(row).toContainText("Channel manager");
  await expect(row).toContainText("Active");

  await row.getByRole("button", { name: `Actions for ${person.name}` }).click();
  await page.getByRole("menuitem", { name: "Change role" }).click();
  const roleDialog = page.getByRole("dialog", { name: `Change the role of ${person.name}` });
  await roleDialog.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: /^Workstream manager/ }).click();
  await roleDialog.getByRole("button", { name: "Save" }).click();
  await expect(row).toContainText("Workstream manager");

  await row.getByRole("button", { name: `Actions for ${person.name}` }).click();
  await page.getByRole("menuitem", { name: "Deactivate" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Deactivate ${person.name}?` });
  await expect(confirm).toContainText("signed out at once");
  await confirm.getByRole("button", { name: "Deactivate" }).click();
  await expect(row).toContainText("Inactive");

  // A deactivated user gets the same generic message as a wrong password.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await otherPage.getByLabel("Email").fill(person.email);
  await otherPage.getByLabel("Password", { exact: true }).fill(person.password);
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await expect(otherPage.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();

  await row.getByRole("button", { name: `Actions for ${person.name}` }).click();
  await page.getByRole("menuitem", { name: "Reactivate" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Reactivate" }).click();
  await expect(row).toContainText("Active");
  await signIn(otherPage, person);
  await expect(otherPage.getByRole("heading", { name: `Welcome, ${person.name}` })).toBeVisible();
  await other.close();

  // The audit log shows who did what, filterable by record type.
  await page.goto("/settings/audit-log?entityType=user");
  const events = page.getByRole("row").filter({ hasText: person.email });
  await expect(events.filter({ hasText: "Created" })).toContainText(ADMIN.name);
  await expect(events.filter({ hasText: "Role changed" })).toContainText("Role: Channel manager → Workstream manager");
  await expect(events.filter({ hasText: "Deactivated" })).toHaveCount(1);
  await expect(events.filter({ hasText: "Reactivated" })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: "Signed in" })).toHaveCount(0);
  await expect(page.getByText(person.password)).toHaveCount(0);
});

test("an administrator can neither demote nor deactivate themselves", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto(`/settings/users?q=${encodeURIComponent(ADMIN.email)}`);
  const row = page.getByRole("row", { name: new RegExp(ADMIN.name) });
  await expect(row).toContainText("You");
  await expect(row.getByRole("button", { name: `Actions for ${ADMIN.name}` })).toHaveCount(0);
});

import { expect, test } from "./support/fixtures";
import { ADMIN, signIn } from "./support/users";

test("a viewer sees read-only areas, no Settings, and gets a 403 page for Users", async ({ page, seed }) => {
  const viewer = await seed.user("VIEWER");
  await signIn(page, viewer);

  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Accounts" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Workstreams" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  const response = await page.goto("/settings/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await expect(page.getByText("Your role: Viewer")).toBeVisible();
  expect((await page.goto("/settings/audit-log"))?.status()).toBe(403);
});

test("an agent only sees Conversations", async ({ page, seed }) => {
  const agent = await seed.user("AGENT");
  await signIn(page, agent);
  await expect(page).toHaveURL(/\/conversations$/);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link")).toHaveText(["Conversations"]);
  expect((await page.goto("/channels/accounts"))?.status()).toBe(403);
});

test("a user-management action is refused on the server once the role no longer allows it", async ({ page, browser, seed }) => {
  const deputy = await seed.user("ADMINISTRATOR");
  await signIn(page, deputy);
  await page.goto("/settings/users");
  await page.getByRole("button", { name: "New user" }).click();
  const dialog = page.getByRole("dialog", { name: "Create user" });
  await dialog.getByLabel("Name").fill("Should Not Exist");
  await dialog.getByLabel("Email").fill("should-not-exist@example.com");
  await dialog.getByLabel("Initial password", { exact: true }).fill("Refused-password-42");

  // Meanwhile another administrator makes the deputy a Viewer.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, ADMIN);
  await adminPage.goto(`/settings/users?q=${encodeURIComponent(deputy.email)}`);
  await adminPage.getByRole("button", { name: `Actions for ${deputy.name}` }).click();
  await adminPage.getByRole("menuitem", { name: "Change role" }).click();
  const roleDialog = adminPage.getByRole("dialog", { name: `Change the role of ${deputy.name}` });
  await roleDialog.getByRole("combobox", { name: "Role" }).click();
  await adminPage.getByRole("option", { name: /^Viewer/ }).click();
  await roleDialog.getByRole("button", { name: "Save" }).click();
  await expect(adminPage.getByText(`${deputy.name} is now Viewer.`)).toBeVisible();

  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "You don't have permission to do this." })).toBeVisible();

  await adminPage.goto("/settings/users?q=should-not-exist");
  await expect(adminPage.getByText("No users match these filters.")).toBeVisible();
  await adminContext.close();
});

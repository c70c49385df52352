import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { ADMIN, signIn } from "./support/users";

test.describe.configure({ mode: "serial" });

test("a fresh install asks for the first administrator and enforces the password rule", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Create the first administrator" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("This field is required.").first()).toBeVisible();

  await page.getByLabel("Full name").fill(ADMIN.name);
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password", { exact: true }).fill("short1");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("Enter an email address such as name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();

  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password", { exact: true }).fill("ada-admin-password-1");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("Don't use your name or email in the password.")).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: `Welcome, ${ADMIN.name}` })).toBeVisible();
});

test("setup closes once an administrator exists", async ({ page }) => {
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Sign in to Switchboard" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("wrong email or password get the same message; the right ones sign in and out", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password", { exact: true }).fill("Wrong-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();

  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();

  await signIn(page, ADMIN);
  await expect(page.getByRole("heading", { name: `Welcome, ${ADMIN.name}` })).toBeVisible();
  const cookie = (await page.context().cookies()).find((entry) => entry.name === "sb_session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");

  await page.getByRole("button", { name: `Account menu for ${ADMIN.name}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/settings/users");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated failed sign-ins for one email are slowed down", async ({ page }) => {
  const target = { email: `guess-target-${Date.now()}@example.com`, password: "Not-the-password-1" };
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(target.email);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByLabel("Password", { exact: true }).fill(target.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();
  }
  await page.getByLabel("Password", { exact: true }).fill(target.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Too many failed sign-ins\. Try again in \d+ seconds?\./ })).toBeVisible();
});

import { expect, test } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { watchCspViolations } from "./support/csp";
import { ADMIN, signIn } from "./support/users";

const ADMIN_PAGES = [
  "/",
  "/channels/accounts",
  "/channels/accounts/new",
  "/channels/accounts/new?step=account&name=Axe&channel=WHATSAPP",
  "/channels/integrations",
  "/channels/numbers",
  "/channels/message-log",
  "/channels/message-log?tab=rejected",
  "/channels/message-log?tab=consent",
  "/channels/health",
  "/channels/health?period=7d&view=accounts",
  "/workstreams",
  "/queues",
  "/operating-hours",
  "/conversations",
  "/settings/users",
  "/settings/audit-log",
];

test("every page an administrator can open passes axe and runs within its Content-Security-Policy", async ({ page }) => {
  const { violations } = watchCspViolations(page);
  await signIn(page, ADMIN);
  for (const path of ADMIN_PAGES) {
    await page.goto(path);
    await expect(page.locator("main h1")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
  expect(violations).toEqual([]);
});

test("dialogs, menus, the 403 and 404 pages pass axe", async ({ page, seed }) => {
  await signIn(page, ADMIN);
  await page.goto("/settings/users");
  await page.getByRole("button", { name: "New user" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("dialog").getByText("This field is required.").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Language: English" }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  await expectNoSeriousA11yViolations(page, { within: "[role=menu]" });
  await page.keyboard.press("Escape");

  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expectNoSeriousA11yViolations(page);

  const viewer = await seed.user("VIEWER");
  await page.context().clearCookies();
  await signIn(page, viewer);
  await page.goto("/settings/users");
  await expectNoSeriousA11yViolations(page);
});

test("pages in Japanese, Traditional Chinese and French pass axe", async ({ page, seed }) => {
  const user = await seed.user("ADMINISTRATOR");
  await signIn(page, user);
  for (const [locale, name] of [
    ["ja", "日本語"],
    ["zh-TW", "繁體中文"],
    ["fr", "Français"],
  ] as const) {
    await page.getByRole("button", { name: /^(Language|言語|語言|Langue)/ }).click();
    await page.getByRole("menuitemradio", { name }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    for (const path of [
      "/",
      "/settings/users",
      "/settings/audit-log",
      "/channels/accounts",
      "/channels/accounts/new?step=account&name=Axe&channel=SMS",
    ]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    }
  }
});

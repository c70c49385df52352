import { expect, test } from "./support/fixtures";
import { signIn } from "./support/users";

test("switching to Japanese shows Japanese text, survives a reload and follows the user to a new browser", async ({
  page,
  browser,
  seed,
}) => {
  const user = await seed.user("ADMINISTRATOR");
  await signIn(page, user);
  await page.getByRole("button", { name: "Language: English" }).click();
  await page.getByRole("menuitemradio", { name: "日本語" }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  const nav = page.getByRole("navigation", { name: "メイン ナビゲーション" });
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link", { name: "ワークストリーム" })).toBeVisible();

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("navigation", { name: "メイン ナビゲーション" })).toBeVisible();

  // Remembered per user: a fresh browser signs in and gets Japanese.
  const fresh = await browser.newContext({ locale: "en-US" });
  const freshPage = await fresh.newPage();
  await freshPage.goto("/sign-in");
  await freshPage.getByLabel("Email").fill(user.email);
  await freshPage.getByLabel("Password", { exact: true }).fill(user.password);
  await freshPage.getByRole("button", { name: "Sign in" }).click();
  await expect(freshPage.locator("html")).toHaveAttribute("lang", "ja");
  await fresh.close();
});

test("dates are formatted for the chosen language", async ({ page, seed }) => {
  const user = await seed.user("ADMINISTRATOR");
  await signIn(page, user);
  await page.getByRole("button", { name: "Language: English" }).click();
  await page.getByRole("menuitemradio", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.goto(`/settings/users?q=${encodeURIComponent(user.email)}`);
  // French medium dates put the day before an abbreviated month name, e.g. "21 nov. 2026".
  await expect(page.getByRole("row", { name: new RegExp(user.name) })).toContainText(/\d{1,2} [a-zéû]+\.? \d{4}/);
});

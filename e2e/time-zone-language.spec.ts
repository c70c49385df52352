// Issue #14.8: dates in the user's time zone (from the browser at the first sign-in, editable), and a new
// user's language chosen by the administrator or taken from the browser at the first sign-in.
import { randomUUID } from "node:crypto";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { expect, test, type Page } from "./support/fixtures";
import { signIn } from "./support/users";

async function createUser(page: Page, person: { name: string; email: string; password: string }, language?: string) {
  await page.getByRole("button", { name: "New user" }).click();
  const dialog = page.getByRole("dialog", { name: "Create user" });
  await dialog.getByLabel("Name").fill(person.name);
  await dialog.getByLabel("Email").fill(person.email);
  await dialog.getByLabel("Initial password", { exact: true }).fill(person.password);
  await dialog.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: "Administrator" }).click();
  await expect(dialog.getByRole("combobox", { name: "Language" })).toHaveText("Their browser's language (at first sign-in)");
  if (language) {
    await dialog.getByRole("combobox", { name: "Language" }).click();
    await expectNoSeriousA11yViolations(page, { within: "[role=listbox]" });
    await page.getByRole("option", { name: language }).click();
  }
  await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText(`${person.email} was created.`)).toBeVisible();
}

test("a user from a Japanese browser in Tokyo gets Japanese and JST; a user the administrator made French gets French", async ({
  page,
  browser,
  seed,
  db,
}) => {
  const suffix = randomUUID().slice(0, 8);
  const aiko = { name: `Aiko ${suffix}`, email: `aiko-${suffix}@example.com`, password: "Harbour-lights-2026" };
  const basile = { name: `Basile ${suffix}`, email: `basile-${suffix}@example.com`, password: "Harbour-lights-2026" };
  const admin = await seed.user("ADMINISTRATOR");
  await signIn(page, admin);
  await page.goto("/settings/users");
  await createUser(page, aiko);
  await createUser(page, basile, "Français");

  // Aiko signs in for the first time from a Japanese browser in Tokyo.
  const tokyo = await browser.newContext({ timezoneId: "Asia/Tokyo", locale: "ja-JP" });
  const tokyoPage = await tokyo.newPage();
  // The sign-in page already speaks the browser's language.
  await tokyoPage.goto("/sign-in");
  await tokyoPage.getByLabel("メール アドレス").fill(aiko.email);
  await tokyoPage.getByLabel("パスワード", { exact: true }).fill(aiko.password);
  await tokyoPage.getByRole("button", { name: "サインイン" }).click();
  await expect(tokyoPage).not.toHaveURL(/\/sign-in/);
  await expect(tokyoPage.locator("html")).toHaveAttribute("lang", "ja");
  await expect(tokyoPage.getByRole("navigation", { name: "メイン ナビゲーション" })).toBeVisible();
  expect(await db.user.findUniqueOrThrow({ where: { email: aiko.email }, select: { locale: true, timeZone: true } })).toEqual({
    locale: "ja",
    timeZone: "Asia/Tokyo",
  });

  // Her sign-in in the audit log, at the time it happened in Tokyo, with the zone.
  const signedIn = await db.auditEvent.findFirstOrThrow({
    where: { action: "sign_in", entityLabel: aiko.email },
    select: { createdAt: true },
  });
  const tokyoTime = (timeZone: string) => {
    const parts = new Intl.DateTimeFormat("ja-JP", { hour: "numeric", minute: "2-digit", timeZone }).formatToParts(signedIn.createdAt);
    return `${parts.find((part) => part.type === "hour")?.value}:${parts.find((part) => part.type === "minute")?.value}`;
  };
  await tokyoPage.goto(`/settings/audit-log?entityType=session`);
  await expect(tokyoPage.getByRole("columnheader", { name: "日時（Asia/Tokyo）" })).toBeVisible();
  const row = tokyoPage.getByRole("row").filter({ hasText: aiko.email }).filter({ hasText: "サインイン" });
  await expect(row.first()).toContainText(`${tokyoTime("Asia/Tokyo")} JST`);
  await expectNoSeriousA11yViolations(tokyoPage);

  // She changes her zone in Your preferences; the same event is then shown in Paris time.
  await tokyoPage.getByRole("button", { name: `${aiko.name} のアカウント メニュー` }).click();
  await tokyoPage.getByRole("menuitem", { name: "個人設定" }).click();
  const preferences = tokyoPage.getByRole("dialog", { name: "個人設定" });
  const zone = preferences.getByRole("combobox", { name: "あなたのタイムゾーン" });
  await expect(zone).toHaveValue("Asia/Tokyo");
  await zone.fill("Paris");
  await tokyoPage.getByRole("option", { name: /Europe\/Paris/ }).click();
  await expect(zone).toHaveValue("Europe/Paris");
  await expectNoSeriousA11yViolations(tokyoPage, { within: "[role=dialog]" });
  await preferences.getByRole("button", { name: "保存" }).click();
  await expect(preferences).toBeHidden();
  await expect(tokyoPage.getByRole("columnheader", { name: "日時（Europe/Paris）" })).toBeVisible();
  await expect(row.first()).toContainText(tokyoTime("Europe/Paris"));
  await tokyo.close();

  // Basile's language was chosen by the administrator: French, whatever his browser says.
  const other = await browser.newContext({ locale: "en-US", timezoneId: "America/New_York" });
  const otherPage = await other.newPage();
  await signIn(otherPage, basile);
  await expect(otherPage.locator("html")).toHaveAttribute("lang", "fr");
  await expect(otherPage.getByRole("heading", { name: `Bienvenue, ${basile.name}` })).toBeVisible();
  await other.close();
});

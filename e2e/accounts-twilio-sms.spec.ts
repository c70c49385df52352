import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fakeTwilio } from "./fakes/control";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { addNumber, fillTwilio, finishWizard, randomUsNumber, saveDetails, startWizard } from "./support/accounts";
import { ADMIN, signIn } from "./support/users";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("an administrator connects a Twilio SMS account: validation, numbers, callback URL copied, summary", async ({ page }) => {
  const twilio = await fakeTwilio.addAccount({ friendlyName: "Contoso Support", type: "Full" });
  const name = `Twilio SMS ${randomUUID().slice(0, 6)}`;
  const number = randomUsNumber();
  await signIn(page, ADMIN);
  await page.goto("/channels/accounts");
  await expect(page.getByRole("heading", { name: "Accounts", level: 1 })).toBeVisible();

  await startWizard(page, { name, channel: "SMS" });
  await expectNoSeriousA11yViolations(page);

  // Format checks happen before any call to Twilio.
  await fillTwilio(page, { sid: "AC123", token: "not hex" });
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.getByText("An Account SID is AC followed by 32 hexadecimal characters.")).toBeVisible();
  await expect(page.getByText("Remove the spaces inside this value")).toBeVisible();

  // A wrong token is named on the token field.
  await fillTwilio(page, { sid: `  ${twilio.sid} `, token: "0".repeat(32) });
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.locator("#authToken-error")).toContainText("Twilio rejected this Account SID and Auth Token (error 20003)");
  await expect(page.getByLabel("Auth Token", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Auth Token", { exact: true }).fill(twilio.authToken);
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The credentials work." })).toContainText('Twilio account "Contoso Support" · Full · active');
  await saveDetails(page);

  // Numbers: the provider's format is enforced, and the draft survives a refresh.
  await page.reload();
  const dialog = await addNumber(page, { value: `+${number}`, type: "Long code", description: "Main support line" });
  await expect(dialog.getByText("Use digits only, starting with the country code")).toBeVisible();
  await dialog.getByLabel("Number", { exact: true }).fill(number);
  await dialog.getByRole("button", { name: "Add number" }).click();
  await expect(page.getByText(number, { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Next" }).click();
  const url = page.getByLabel("Twilio inbound URL");
  await expect(url).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/api\/webhooks\/twilio\/[A-Za-z0-9_-]{43}$/);
  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await url.inputValue());
  await expect(page.getByText("Phone Numbers → Manage → Active numbers")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL(/step=numbers/);
  await finishWizard(page);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("Active", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Validated", { exact: true }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/channels/accounts?q=${encodeURIComponent(name)}`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("SMS");
  await expect(row).toContainText("Twilio");
  await expect(row).toContainText("Validated");
  await expect(row.getByRole("cell").nth(4)).toHaveText("1");
});

test("each Twilio failure has its own message", async ({ page }) => {
  const suspended = await fakeTwilio.addAccount({ status: "suspended" });
  const closed = await fakeTwilio.addAccount({ status: "closed" });
  const testCreds = await fakeTwilio.addAccount();
  await fakeTwilio.setBehaviour({ accountSid: testCreds.sid, testCredentials: true });
  const active = await fakeTwilio.addAccount();
  await signIn(page, ADMIN);
  await startWizard(page, { name: `Failures ${randomUUID().slice(0, 6)}`, channel: "SMS" });

  const cases = [
    { creds: suspended, text: "This Twilio account is suspended." },
    { creds: closed, text: "This Twilio account is closed" },
    { creds: testCreds, text: "These are Twilio test credentials (error 20008)." },
    { creds: { sid: `AC${"f".repeat(32)}`, authToken: active.authToken }, text: "Twilio has no account with this SID for this token (error 20404)." },
  ];
  for (const { creds, text } of cases) {
    await fillTwilio(page, { sid: creds.sid, token: creds.authToken });
    await page.getByRole("button", { name: "Validate" }).click();
    await expect(page.getByText(text)).toBeVisible();
  }
});

test("a slow Twilio answer times out after 10 seconds with its own message", async ({ page }) => {
  test.setTimeout(90_000);
  const slow = await fakeTwilio.addAccount();
  await fakeTwilio.setBehaviour({ accountSid: slow.sid, delayMs: 15_000 });
  await signIn(page, ADMIN);
  await startWizard(page, { name: `Slow ${randomUUID().slice(0, 6)}`, channel: "SMS" });
  await fillTwilio(page, { sid: slow.sid, token: slow.authToken });
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.getByText("Twilio didn't answer within 10 seconds.")).toBeVisible({ timeout: 20_000 });
});

test("saving unvalidated credentials needs a confirmation and shows Not validated", async ({ page }) => {
  const name = `Unvalidated ${randomUUID().slice(0, 6)}`;
  await signIn(page, ADMIN);
  await startWizard(page, { name, channel: "SMS" });
  await fillTwilio(page, { sid: `AC${"a".repeat(32)}`, token: "b".repeat(32) });
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Twilio has no account with this SID for this token")).toBeVisible();

  await page.getByRole("button", { name: "Save without validating…" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Save credentials that weren't validated?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Save without validating" }).click();
  await expect(page).toHaveURL(/step=numbers/);

  // "Continue later": the draft waits in the list.
  await page.getByRole("link", { name: "Continue later" }).click();
  await page.goto(`/channels/accounts?q=${encodeURIComponent(name)}`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Draft");
  await expect(row).toContainText("Not validated");
  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/setup\?step=numbers$/);
});

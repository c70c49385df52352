import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fakeTwilio } from "./fakes/control";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { addNumber, fillTwilio, finishWizard, randomUsNumber, saveDetails, startWizard } from "./support/accounts";
import { ADMIN, signIn } from "./support/users";
import { createSmsWorkstream } from "./support/workstreams";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("an administrator connects a Twilio SMS account: validation, numbers, callback URL copied, summary", async ({ page }) => {
  const twilio = await fakeTwilio.addAccount({ friendlyName: "Contoso Support", type: "Full" });
  const name = `Twilio SMS ${randomUUID().slice(0, 6)}`;
  const number = randomUsNumber();
  await signIn(page, ADMIN);
  await page.goto("/channels/accounts");
  await expect(page.getByRole("heading", { name: "Accounts", level: 1 })).toBeVisible();

  await startWizard(page, { name, channel: "SMS" });
  // Keyboard users land on the new step's heading, and step 2 has its way back to step 1.
  await expect(page.getByRole("heading", { name: "Account details", level: 2 })).toBeFocused();
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL(/step=channel/);
  await expect(page.getByLabel("Name")).toHaveValue(name);
  await expect(page.getByRole("radio", { name: /^SMS/ })).toBeChecked();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=account/);
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
  await expect(page.getByRole("status").filter({ hasText: "The credentials work." })).toContainText(
    'Twilio account "Contoso Support" · Full · active',
  );
  await saveDetails(page);

  // Numbers: the provider's format is enforced, and the draft survives a refresh.
  await page.reload();
  const dialog = await addNumber(page, { value: `+${number}`, type: "Long code", description: "Main support line" });
  await expect(dialog.getByText("Use digits only, starting with the country code")).toBeVisible();
  await dialog.getByLabel("Number", { exact: true }).fill(number);
  await dialog.getByRole("button", { name: "Add number" }).click();
  await expect(page.getByText(number, { exact: true })).toBeVisible();
  // Focus returns to the list, not to the page body.
  await expect(page.getByRole("button", { name: "Add number" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByRole("heading", { name: "Callback information", level: 2 })).toBeFocused();
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
    {
      creds: { sid: `AC${"f".repeat(32)}`, authToken: active.authToken },
      text: "Twilio has no account with this SID for this token (error 20404).",
    },
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

test("a draft resumes at its first unfinished step, offers no number to Set up SMS, and can be deleted from the wizard", async ({
  page,
}) => {
  const twilio = await fakeTwilio.addAccount();
  const name = `Draft ${randomUUID().slice(0, 6)}`;
  const number = randomUsNumber();
  await signIn(page, ADMIN);
  await startWizard(page, { name, channel: "SMS" });
  await fillTwilio(page, { sid: twilio.sid, token: twilio.authToken });
  await saveDetails(page);
  await addNumber(page, { value: number, type: "Long code" });
  await expect(page.getByText(number, { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Continue later" }).click();

  // The callback information was never shown: the draft opens there, and it isn't marked done.
  const openDraft = async () => {
    await page.goto(`/channels/accounts?q=${encodeURIComponent(name)}`);
    await page
      .getByRole("row", { name: new RegExp(name) })
      .getByRole("link", { name })
      .click();
  };
  await openDraft();
  await expect(page).toHaveURL(/\/setup\?step=callback$/);
  const steps = page.getByRole("navigation", { name: "Wizard steps" });
  await expect(steps.locator('[aria-current="step"]')).toHaveText(/Callback information/);
  await expect(steps.getByRole("link", { name: /Summary/ })).toHaveCount(0);

  // A draft's numbers aren't offered to a workstream.
  const workstreamUrl = await createSmsWorkstream(page, `Draft numbers ${randomUUID().slice(0, 6)}`);
  await page.goto(`${workstreamUrl}/channels/new?step=number`);
  await expect(page.getByRole("heading", { name: "Set up SMS", level: 1 })).toBeVisible();
  await expect(page.getByRole("radio", { name: new RegExp(`^${number}`) })).toHaveCount(0);

  // Once the callback step was passed, the draft resumes at the summary.
  await openDraft();
  await expect(page).toHaveURL(/step=callback$/);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=summary$/);
  await openDraft();
  await expect(page).toHaveURL(/step=summary$/);
  await expect(steps.getByRole("link", { name: /Callback information.*\(completed\)/ })).toBeVisible();

  // "Delete draft" asks first, then removes the draft and frees its number.
  await page.getByRole("button", { name: "Delete draft" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Delete the draft “${name}”?` });
  await expect(confirm).toContainText(number);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(/step=summary$/);
  await page.getByRole("button", { name: "Delete draft" }).click();
  await confirm.getByRole("button", { name: "Delete draft" }).click();
  await expect(page).toHaveURL(/\/channels\/accounts$/);
  await expect(page.getByText(`The draft “${name}” was deleted.`)).toBeVisible();
  await page.goto(`/channels/accounts?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
});

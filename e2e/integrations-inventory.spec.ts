import { randomUUID } from "node:crypto";
import twilioSdk from "twilio";
import { expect, test, type Page } from "@playwright/test";
import { fakeTwilio } from "./fakes/control";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { fillTwilio, randomUsNumber } from "./support/accounts";
import { FAKE_TWILIO_PORT } from "./support/server-env";
import { ADMIN, signIn } from "./support/users";
import { pickRecord } from "./support/combobox";

type FakeAccount = Awaited<ReturnType<typeof fakeTwilio.addAccount>>;

/** Install → credentials → Status Active, as on the Integrations page. Returns the integration page URL. */
async function installIntegration(page: Page, twilio: FakeAccount, name: string) {
  await page.goto("/channels/integrations");
  await page.getByRole("button", { name: "Install" }).click();
  const dialog = page.getByRole("dialog", { name: "Install a Twilio SMS integration" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Notes (optional)").fill(`Twilio subaccount ${twilio.friendlyName}`);
  await dialog.getByRole("button", { name: "Install" }).click();
  await expect(page.getByRole("tab", { name: "Configuration", selected: true })).toBeVisible();
  await expect(page.getByText("Secondary auth tokens aren't supported")).toBeVisible();
  await fillTwilio(page, { sid: twilio.sid, token: twilio.authToken });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("The credentials were saved.")).toBeVisible();
  await page.getByRole("tab", { name: "Details" }).click();
  await page.getByRole("button", { name: "Activate" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Activate" }).click();
  await expect(page.getByText("Active", { exact: true }).first()).toBeVisible();
  return page.url().split("?")[0] ?? "";
}

async function importNumber(
  page: Page,
  { integration, type = "Local", senderId, country }: { integration: string; type?: string; senderId: string; country?: string },
) {
  await page.goto("/channels/numbers");
  await page.getByRole("button", { name: "Import number" }).click();
  const dialog = page.getByRole("dialog");
  await pickRecord(page, dialog.getByRole("combobox", { name: "Integration", exact: true }), integration);
  await dialog.getByRole("combobox", { name: "Type" }).click();
  await page.getByRole("option", { name: type, exact: true }).click();
  if (country) {
    await dialog.getByRole("combobox", { name: /^Country/ }).click();
    await page.getByRole("option", { name: country, exact: true }).click();
  }
  await dialog.getByLabel("Sender ID").fill(senderId);
  return dialog;
}

function importItem(page: Page, number: string) {
  return page.getByRole("region", { name: "Recent imports" }).getByRole("listitem").filter({ hasText: number }).first();
}

/** Changes a number's SMS webhook through the fake Twilio's real API, as someone in the Twilio console would. */
async function setWebhookInTwilio(twilio: FakeAccount, numberSid: string, smsUrl: string) {
  const response = await fetch(
    `http://127.0.0.1:${FAKE_TWILIO_PORT}/2010-04-01/Accounts/${twilio.sid}/IncomingPhoneNumbers/${numberSid}.json`,
    {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${twilio.sid}:${twilio.authToken}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ SmsUrl: smsUrl, SmsMethod: "POST" }),
    },
  );
  expect(response.ok).toBe(true);
}

test("install, import with webhook fix, short-code compliance, import refusals, regional URLs", async ({ page }) => {
  test.slow(); // one long journey: an install, five imports, webhook fixes and axe checks (over 60 s on a loaded machine)
  const twilio = await fakeTwilio.addAccount({ friendlyName: "BYO subaccount" });
  const name = `BYO ${randomUUID().slice(0, 6)}`;
  await signIn(page, ADMIN);
  const integrationUrl = await installIntegration(page, twilio, name);
  // Regions by name, their code kept beside it.
  await expect(page.getByLabel("Europe (West) eu-west", { exact: true })).toHaveValue(
    /^https:\/\/eu\.switchboard\.test\/api\/webhooks\/twilio\//,
  );
  await expect(page.getByLabel("Asia Pacific (Northeast) ap-northeast", { exact: true })).toHaveValue(
    /^https:\/\/tokyo\.switchboard\.test\/api\/webhooks\/twilio\//,
  );
  const ourUrl = await page.getByLabel("Default").inputValue();
  await expectNoSeriousA11yViolations(page);

  // A local number whose webhook points elsewhere: refused with the URL, then fixed in one click.
  const local = `+${randomUsNumber()}`;
  const twilioNumber = await fakeTwilio.addNumber({
    accountSid: twilio.sid,
    phoneNumber: local,
    smsUrl: "https://old.example.com/sms",
    capabilities: { sms: true },
  });
  let dialog = await importNumber(page, { integration: name, senderId: local });
  await dialog.getByRole("button", { name: "Confirm import" }).click();
  const item = importItem(page, local.slice(1));
  await expect(item).toContainText("Failed");
  await expect(item).toContainText("points at https://old.example.com/sms, not at Switchboard");
  await expect(item).toContainText(ourUrl);
  await item.getByRole("button", { name: "Point this number at Switchboard" }).click();
  await expect(item).toContainText("Completed");
  await expect(page.getByText(`${local.slice(1)} was imported.`)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: local.slice(1) });
  await expect(row).toContainText(name);
  await expect(row).toContainText("Points here");
  await expectNoSeriousA11yViolations(page);

  // Webhook health: someone re-points it in Twilio; Re-check sees it, Fix puts it back.
  await setWebhookInTwilio(twilio, twilioNumber.sid, "https://elsewhere.example.com/hook");
  await row.getByRole("button", { name: `Webhook actions for ${local.slice(1)}` }).click();
  await page.getByRole("menuitem", { name: "Re-check" }).click();
  await expect(row).toContainText("Points elsewhere");
  await row.getByRole("button", { name: `Webhook actions for ${local.slice(1)}` }).click();
  await page.getByRole("menuitem", { name: "Fix: point at Switchboard" }).click();
  await expect(row).toContainText("Points here");

  // The same number again: already in the inventory.
  dialog = await importNumber(page, { integration: name, senderId: local });
  await dialog.getByRole("button", { name: "Confirm import" }).click();
  await expect(dialog.getByText("This number is already in the inventory, in this integration.")).toBeVisible();
  await page.keyboard.press("Escape");

  // A number that isn't in the Twilio account.
  const missing = `+${randomUsNumber()}`;
  dialog = await importNumber(page, { integration: name, senderId: missing });
  await dialog.getByRole("button", { name: "Confirm import" }).click();
  await expect(importItem(page, missing.slice(1))).toContainText("can't be found in the integration's Twilio account");

  // Format and type checks answer at once.
  dialog = await importNumber(page, { integration: name, senderId: "14252306549" });
  await dialog.getByRole("button", { name: "Confirm import" }).click();
  await expect(dialog.getByText("Check the sender ID: a phone number must be in E.164")).toBeVisible();
  await dialog.getByLabel("Sender ID").fill("+18002345678");
  await dialog.getByRole("button", { name: "Confirm import" }).click();
  await expect(dialog.getByText("Check the sender ID type")).toBeVisible();
  await page.keyboard.press("Escape");

  // A short code needs its compliance interactions.
  const shortCode = String(20000 + Math.floor(Math.random() * 79999));
  dialog = await importNumber(page, { integration: name, type: "Short code", senderId: shortCode, country: "United States (+1)" });
  await dialog.getByRole("button", { name: "Next" }).click();
  await expect(dialog.getByRole("heading", { name: "Required interaction" })).toBeVisible();
  // Nothing is red before the admin touched a field or tried to continue.
  const keywords = dialog.getByLabel("Keywords");
  await expect(keywords).toBeVisible();
  await expect(keywords).not.toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByLabel("Reply message")).not.toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByText("Enter at least one keyword.")).toHaveCount(0);
  await expect(dialog.getByText("Enter the reply message.")).toHaveCount(0);
  // Leaving a field empty marks that field only.
  await keywords.focus();
  await keywords.blur();
  await expect(keywords).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByText("Enter at least one keyword.")).toBeVisible();
  await expect(dialog.getByText("Enter the reply message.")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Confirm import" }).click();
  await expect(dialog.getByText("Enter the reply message.")).toBeVisible();
  await expect(dialog.getByText("Enter at least one keyword.")).toBeVisible();
  await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
  for (const [tab, keywords, message] of [
    ["Help", "HELP, INFO", "Contoso support: reply STOP to opt out."],
    ["Opt-out", "STOP END", "You are unsubscribed. Reply START to resubscribe."],
    ["Re-opt-in", "START", "You are subscribed again."],
  ] as const) {
    await dialog.getByRole("tab", { name: new RegExp(`^${tab}`) }).click();
    await dialog.getByLabel("Keywords").fill(keywords);
    await dialog.getByLabel("Reply message").fill(message);
  }
  await dialog.getByRole("button", { name: "Confirm import" }).click();
  await expect(importItem(page, shortCode)).toContainText("Completed");

  await page.goto(integrationUrl);
  await expect(page.getByLabel("Notes")).toHaveValue("Twilio subaccount BYO subaccount");
});

test("a number held by another integration is refused with its name; a second import while one runs is refused", async ({ page }) => {
  test.slow(); // two 9-second provisioning calls on purpose
  const first = await fakeTwilio.addAccount();
  const second = await fakeTwilio.addAccount();
  const firstName = `First BYO ${randomUUID().slice(0, 6)}`;
  const secondName = `Second BYO ${randomUUID().slice(0, 6)}`;
  const number = `+${randomUsNumber()}`;
  await signIn(page, ADMIN);
  await installIntegration(page, first, firstName);
  await installIntegration(page, second, secondName);
  const url = await page.getByLabel("Default").inputValue();
  await fakeTwilio.addNumber({ accountSid: first.sid, phoneNumber: number, smsUrl: "https://placeholder.example.com" });

  // While a slow provisioning runs, the same number is refused. Each Twilio call takes 9 s (under the
  // client's 10 s timeout). The second import waits filled in, in a second tab, and is confirmed as soon
  // as the first one runs: filling a dialog after the first had started took longer than 9 s on a
  // loaded machine, and the first import had already ended.
  await fakeTwilio.setBehaviour({ accountSid: first.sid, delayMs: 9000 });
  const secondTab = await page.context().newPage();
  const waiting = await importNumber(secondTab, { integration: firstName, senderId: number });
  let dialog = await importNumber(page, { integration: firstName, senderId: number });
  await dialog.getByRole("button", { name: "Confirm import" }).click();
  await expect(importItem(page, number.slice(1))).toContainText("Running");
  await waiting.getByRole("button", { name: "Confirm import" }).click();
  await expect(waiting.getByText("A provisioning action is already in progress for this number.")).toBeVisible();
  await secondTab.close();
  await expect(importItem(page, number.slice(1))).toContainText("Failed", { timeout: 45_000 });
  await fakeTwilio.setBehaviour({ accountSid: first.sid, delayMs: 0 });
  await importItem(page, number.slice(1)).getByRole("button", { name: "Point this number at Switchboard" }).click();
  await expect(importItem(page, number.slice(1))).toContainText("Completed");

  dialog = await importNumber(page, { integration: secondName, senderId: number });
  await dialog.getByRole("button", { name: "Confirm import" }).click();
  await expect(dialog.getByText(`the integration “${firstName}” already has it`)).toBeVisible();
  expect(url).toContain("/api/webhooks/twilio/");
});

test("deactivate holds inbound messages and disables numbers; delete removes them and restores the previous webhook", async ({
  page,
  request,
}) => {
  const twilio = await fakeTwilio.addAccount();
  const name = `Lifecycle BYO ${randomUUID().slice(0, 6)}`;
  const number = `+${randomUsNumber()}`;
  await signIn(page, ADMIN);
  const integrationUrl = await installIntegration(page, twilio, name);
  const ourUrl = await page.getByLabel("Default").inputValue();
  await fakeTwilio.addNumber({ accountSid: twilio.sid, phoneNumber: number, smsUrl: "https://previous.example.com/sms" });
  const dialog = await importNumber(page, { integration: name, senderId: number });
  await dialog.getByRole("button", { name: "Confirm import" }).click();
  await importItem(page, number.slice(1)).getByRole("button", { name: "Point this number at Switchboard" }).click();
  await expect(importItem(page, number.slice(1))).toContainText("Completed");

  await page.goto(integrationUrl);
  await page.getByRole("button", { name: "Deactivate" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("inbound messages for them are held");
  await expect(confirm).toContainText("The Twilio webhooks still point here");
  await confirm.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByText("Inactive", { exact: true }).first()).toBeVisible();

  await page.goto(`/channels/numbers?q=${number.slice(1)}`);
  await expect(page.getByRole("row").filter({ hasText: number.slice(1) })).toContainText("Disabled");

  // Twilio delivers a message meanwhile: it is kept, not routed, and visible to administrators.
  const params = {
    MessageSid: `SM${randomUUID().replace(/-/g, "")}`,
    AccountSid: twilio.sid,
    SmsStatus: "received",
    From: "+14158675309",
    To: number,
    Body: "Are you open today?",
  };
  const signature = twilioSdk.getExpectedTwilioSignature(twilio.authToken, ourUrl, params);
  const response = await request.post(ourUrl, { form: params, headers: { "X-Twilio-Signature": signature } });
  expect(response.status()).toBe(200);
  expect((await request.post(ourUrl, { form: params, headers: { "X-Twilio-Signature": signature } })).status()).toBe(200);
  await page.goto(integrationUrl);
  const held = page.getByRole("region", { name: "Held messages" });
  await expect(held.getByRole("row").filter({ hasText: "Are you open today?" })).toHaveCount(1);
  await expect(held).toContainText("Integration inactive");

  await page.getByRole("button", { name: "Delete integration" }).click();
  const deletion = page.getByRole("alertdialog", { name: `Delete ${name}?` });
  await expect(deletion).toContainText("1 number leaves the inventory");
  await expect(deletion).toContainText(number.slice(1));
  await expect(deletion.getByRole("checkbox", { name: `${number.slice(1)}: back to https://previous.example.com/sms` })).toBeChecked();
  await deletion.getByRole("button", { name: "Delete integration" }).click();
  await expect(page).toHaveURL(/\/channels\/integrations$/);

  await page.goto(`/channels/numbers?q=${number.slice(1)}`);
  await expect(page.getByText("No numbers match these filters.")).toBeVisible();
  const updates = (await fakeTwilio.requests()).filter((entry) => entry.method === "POST" && entry.path.includes("/IncomingPhoneNumbers/"));
  expect(updates.at(-1)?.form?.SmsUrl).toBe("https://previous.example.com/sms");

  // The audit log says it in words: labelled fields, no stored field names, no empty list.
  await page.goto("/settings/audit-log?entityType=integration");
  const deleted = page.getByRole("row").filter({ hasText: name }).filter({ hasText: "Deleted" });
  await expect(deleted).toContainText("Webhooks restored: 1");
  await expect(deleted).toContainText(`Numbers: `);
  await expect(deleted).toContainText(number.slice(1));
  await expect(deleted).not.toContainText(/restoreFailed|restoredWebhooks|Restore failed|\[\]/);
});

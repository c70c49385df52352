import { randomUUID } from "node:crypto";
import twilioSdk from "twilio";
import { expect, test, type Page } from "./support/fixtures";
import { fakeTelesign, fakeTwilio } from "./fakes/control";
import { addNumber, fillTelesign, fillTwilio, finishWizard, randomUsNumber, saveDetails, startWizard } from "./support/accounts";
import { signTelesignCallbackForTest } from "./support/telesign";
import { ADMIN, signIn } from "./support/users";

async function createTwilioSmsAccount(page: Page, { name, number }: { name: string; number: string }) {
  const twilio = await fakeTwilio.addAccount();
  await startWizard(page, { name, channel: "SMS" });
  await fillTwilio(page, { sid: twilio.sid, token: twilio.authToken });
  await saveDetails(page);
  await addNumber(page, { value: number, type: "Long code" });
  await expect(page.getByText(number, { exact: true })).toBeVisible();
  await finishWizard(page);
  return twilio;
}

test("a number belongs to one account: the error names the account that has it", async ({ page }) => {
  const first = `First ${randomUUID().slice(0, 6)}`;
  const number = randomUsNumber();
  await signIn(page, ADMIN);
  await createTwilioSmsAccount(page, { name: first, number });

  const twilio = await fakeTwilio.addAccount();
  await startWizard(page, { name: `Second ${randomUUID().slice(0, 6)}`, channel: "SMS" });
  await fillTwilio(page, { sid: twilio.sid, token: twilio.authToken });
  await saveDetails(page);
  const dialog = await addNumber(page, { value: number, type: "Long code" });
  await expect(dialog.getByText(`This number already belongs to the account “${first}”.`)).toBeVisible();
});

test("the account page: rename, replace credentials keeping the secret, re-validate, check in Twilio, deactivate, delete", async ({
  page,
}) => {
  const name = `Managed ${randomUUID().slice(0, 6)}`;
  const number = randomUsNumber();
  await signIn(page, ADMIN);
  const twilio = await createTwilioSmsAccount(page, { name, number });
  const accountUrl = page.url();

  // Secrets are write-only: the field is empty with a masked placeholder; empty keeps the stored one.
  const credentials = page.getByRole("region", { name: "Credentials" });
  const token = credentials.getByLabel("Auth Token", { exact: true });
  await expect(token).toHaveValue("");
  await expect(token).toHaveAttribute("placeholder", "•••••••• stored");
  await credentials.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("The credentials were saved.")).toBeVisible();
  await credentials.getByRole("button", { name: "Validate again" }).click();
  await expect(credentials.getByRole("status").filter({ hasText: "The credentials work." })).toBeVisible();

  await token.fill("c".repeat(32));
  await credentials.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("#authToken-error")).toContainText("Twilio rejected");

  await page.getByLabel("Name").first().fill(`${name} (renamed)`);
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("heading", { name: `${name} (renamed)`, level: 1 })).toBeVisible();

  // Editing a number keeps it on the account.
  await page.getByRole("button", { name: `Actions for ${number}` }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const editor = page.getByRole("dialog", { name: "Edit number" });
  await expect(editor.getByLabel("Number", { exact: true })).toHaveValue(number);
  await editor.getByLabel("Description (optional)").fill("Night shift line");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("cell", { name: "Night shift line" })).toBeVisible();

  // "Check in Twilio": found, SMS-capable, webhook elsewhere is a warning with the URL to set.
  await fakeTwilio.addNumber({
    accountSid: twilio.sid,
    phoneNumber: `+${number}`,
    smsUrl: "https://old.example.com/sms",
    capabilities: { sms: true },
  });
  await page.getByRole("button", { name: `Actions for ${number}` }).click();
  await page.getByRole("menuitem", { name: "Check in Twilio" }).click();
  const check = page.getByRole("dialog", { name: `Twilio check for ${number}` });
  await expect(check).toContainText("The number exists in this Twilio account.");
  await expect(check).toContainText("It can send and receive SMS.");
  await expect(check).toContainText("Its SMS webhook points at https://old.example.com/sms, not at this account.");
  await check.getByRole("button", { name: "Close" }).first().click();

  const lifecycle = page.getByRole("region", { name: "Status and deletion" });
  await lifecycle.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("held for administrators");
  await page.getByRole("alertdialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByText("This account is inactive")).toBeVisible();
  await lifecycle.getByRole("button", { name: "Activate" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Activate" }).click();
  await expect(page.getByText("This account is inactive")).toBeHidden();

  await lifecycle.getByRole("button", { name: "Delete account" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Delete ${name} (renamed)?` });
  await expect(confirm).toContainText("1 number");
  await expect(confirm).toContainText(`+${number}`);
  await confirm.getByRole("button", { name: "Delete account" }).click();
  await expect(page).toHaveURL(/\/channels\/accounts$/);
  expect((await page.goto(accountUrl))?.status()).toBe(404);

  await page.goto("/settings/audit-log?entityType=account");
  const events = page.getByRole("row").filter({ hasText: name });
  await expect(events.filter({ hasText: "Deleted" })).toHaveCount(1);
  await expect(page.getByText(twilio.authToken)).toHaveCount(0);
});

test("secrets never reach the browser: no auth token or API key in any HTML, RSC payload or JSON response", async ({ page }) => {
  const twilio = await fakeTwilio.addAccount();
  const telesign = await fakeTelesign.addCustomer();
  const bodies: string[] = [];
  page.on("response", async (response) => {
    if (!response.url().startsWith("http://127.0.0.1")) return;
    try {
      bodies.push(await response.text());
    } catch {
      // redirects and aborted requests have no body
    }
  });
  await signIn(page, ADMIN);
  await startWizard(page, { name: `Secret T ${randomUUID().slice(0, 6)}`, channel: "SMS" });
  await fillTwilio(page, { sid: twilio.sid, token: twilio.authToken });
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.getByText("The credentials work.")).toBeVisible();
  await saveDetails(page);
  await addNumber(page, { value: randomUsNumber(), type: "Long code" });
  await finishWizard(page);
  await page.reload();

  await startWizard(page, { name: `Secret S ${randomUUID().slice(0, 6)}`, channel: "SMS" });
  await fillTelesign(page, { customerId: telesign.customerId, apiKey: telesign.apiKey });
  await saveDetails(page);
  await addNumber(page, { value: randomUsNumber(), type: "Geo (local)" });
  await finishWizard(page);
  await page.reload();
  await page.goto("/channels/accounts");
  await page.goto("/settings/audit-log");

  expect(bodies.length).toBeGreaterThan(10);
  for (const body of bodies) {
    expect(body.includes(twilio.authToken)).toBe(false);
    expect(body.includes(telesign.apiKey)).toBe(false);
  }
});

test("callback URLs authenticate requests: 403/401 without a valid signature, 2xx with one, never 404", async ({ page, request }) => {
  const number = randomUsNumber();
  await signIn(page, ADMIN);
  const twilio = await createTwilioSmsAccount(page, { name: `Webhook ${randomUUID().slice(0, 6)}`, number });
  const url = await page.getByLabel("Twilio inbound URL").inputValue();
  // Twilio names the owning account in every messaging webhook; one for another account is refused too.
  const params = {
    MessageSid: "SM0123456789abcdef0123456789abcdef",
    AccountSid: twilio.sid,
    From: "+14158675309",
    To: `+${number}`,
    Body: "Hello",
  };
  const foreign = { ...params, AccountSid: `AC${"0".repeat(32)}` };
  expect(
    (
      await request.post(url, {
        form: foreign,
        headers: { "X-Twilio-Signature": twilioSdk.getExpectedTwilioSignature(twilio.authToken, url, foreign) },
      })
    ).status(),
  ).toBe(403);

  expect((await request.post(url, { form: params })).status()).toBe(403);
  expect((await request.post(url, { form: params, headers: { "X-Twilio-Signature": "bogus" } })).status()).toBe(403);
  const signed = await request.post(url, {
    form: params,
    headers: { "X-Twilio-Signature": twilioSdk.getExpectedTwilioSignature(twilio.authToken, url, params) },
  });
  expect(signed.status()).toBe(200);
  expect(await signed.text()).toContain("<Response/>");
  expect((await request.post(url.replace(/[^/]+$/, "x".repeat(43)), { form: params })).status()).toBe(403);

  const customer = await fakeTelesign.addCustomer();
  await startWizard(page, { name: `TS webhook ${randomUUID().slice(0, 6)}`, channel: "SMS" });
  await fillTelesign(page, { customerId: customer.customerId, apiKey: customer.apiKey });
  await saveDetails(page);
  await addNumber(page, { value: randomUsNumber(), type: "Geo (local)" });
  await finishWizard(page);
  const callback = await page.getByLabel("Callback URL").first().inputValue();
  const body = JSON.stringify({
    status: { code: 200, description: "Delivered to handset" },
    reference_id: "0123456789ABCDEF0123456789ABCDEF",
  });
  expect((await request.post(callback, { data: body, headers: { "content-type": "application/json" } })).status()).toBe(401);
  const ok = await request.post(callback, {
    data: body,
    headers: { "content-type": "application/json", authorization: signTelesignCallbackForTest(customer, body) },
  });
  expect(ok.status()).toBe(200);
});

test("a viewer sees accounts read-only; a channel manager may create them", async ({ page, seed }) => {
  const viewer = await seed.user("VIEWER");
  await signIn(page, viewer);
  await page.goto("/channels/accounts");
  await expect(page.getByRole("link", { name: "New account" })).toHaveCount(0);
  expect((await page.goto("/channels/accounts/new"))?.status()).toBe(403);

  await page.context().clearCookies();
  const manager = await seed.user("CHANNEL_MANAGER");
  await signIn(page, manager);
  await page.goto("/channels/accounts");
  await page.getByRole("link", { name: "New account" }).first().click();
  await expect(page).toHaveURL(/\/channels\/accounts\/new/);
});

import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fakeTelesign, fakeTwilio } from "./fakes/control";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { addNumber, fillTelesign, fillTwilio, finishWizard, randomUsNumber, saveDetails, startWizard } from "./support/accounts";
import { ADMIN, signIn } from "./support/users";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("an administrator connects a TeleSign SMS account; each TeleSign failure is named on its field", async ({ page }) => {
  const customer = await fakeTelesign.addCustomer();
  const suspended = await fakeTelesign.addCustomer({ status: "suspended" });
  const name = `TeleSign ${randomUUID().slice(0, 6)}`;
  const number = randomUsNumber();
  await signIn(page, ADMIN);
  await startWizard(page, { name, channel: "SMS" });

  await fillTelesign(page, { customerId: "not-a-guid", apiKey: "abc-_" });
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.getByText("A Customer ID is a GUID")).toBeVisible();
  await expect(page.getByText("An API key is base64 text")).toBeVisible();

  await fillTelesign(page, { customerId: randomUUID().toUpperCase(), apiKey: customer.apiKey });
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.locator("#customerId-error")).toHaveText("TeleSign doesn't know this Customer ID. Check it in the TeleSign portal.");

  const otherKey = Buffer.alloc(64, 9).toString("base64");
  await fillTelesign(page, { customerId: customer.customerId, apiKey: otherKey });
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.locator("#apiKey-error")).toContainText("TeleSign rejected this API key");

  await fillTelesign(page, { customerId: suspended.customerId, apiKey: suspended.apiKey });
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.getByText("This TeleSign account is suspended.")).toBeVisible();

  await fillTelesign(page, { customerId: customer.customerId, apiKey: customer.apiKey });
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.getByText("TeleSign accepted these credentials.")).toBeVisible();
  await saveDetails(page);

  await addNumber(page, { value: number, type: "Geo (local)" });
  await expect(page.getByText(number, { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByLabel("Callback URL")).toHaveValue(/\/api\/webhooks\/telesign\/[A-Za-z0-9_-]{43}$/);
  await page.getByRole("button", { name: "Copy Callback URL" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel("Callback URL").inputValue());
  await expect(page.getByText(`Customer ID (${customer.customerId})`)).toBeVisible();
  // The e-mail to TeleSign support, as the seed words it: address and subject line, each copyable.
  await expect(page.getByLabel("TeleSign support address")).toHaveValue("support@telesign.com");
  const subject = "Omnichannel for Customer Service callback URL update request";
  await expect(page.getByLabel("Subject line")).toHaveValue(subject);
  await page.getByRole("button", { name: "Copy Subject line" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(subject);
  const mailto = new URL((await page.getByRole("link", { name: "Write to TeleSign support" }).getAttribute("href")) ?? "");
  expect(mailto.protocol).toBe("mailto:");
  expect(mailto.pathname).toBe("support@telesign.com");
  expect(mailto.searchParams.get("subject")).toBe(subject);
  expect(mailto.searchParams.get("body")).toContain(await page.getByLabel("Callback URL").inputValue());
  expect(mailto.searchParams.get("body")).toContain(customer.customerId);
  await page.getByRole("link", { name: "Back" }).click();
  // Wait for the numbers step before Next: the callback step's own Next link is still on screen.
  await expect(page).toHaveURL(/step=numbers/);
  await finishWizard(page);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
});

test("a WhatsApp account on the Twilio sandbox, with templates linted rule by rule", async ({ page }) => {
  const twilio = await fakeTwilio.addAccount({ friendlyName: "WhatsApp sandbox" });
  const name = `WhatsApp ${randomUUID().slice(0, 6)}`;
  const sender = `+${randomUsNumber()}`;
  await signIn(page, ADMIN);
  await startWizard(page, { name, channel: "WhatsApp" });
  await expect(page.getByRole("radio", { name: /^TeleSign/ })).toHaveCount(0);
  await fillTwilio(page, { sid: twilio.sid, token: twilio.authToken });
  await page.getByLabel("Twilio WhatsApp sandbox").check();
  await page.getByLabel("Sandbox join code").fill("join purple-tiger");
  await saveDetails(page);

  const dialog = await addNumber(page, { value: sender.slice(1), name: "Contoso Support" });
  await expect(dialog.getByText("Use + followed by the number in E.164")).toBeVisible();
  await dialog.getByLabel("Number", { exact: true }).fill(sender);
  await dialog.getByRole("button", { name: "Add number" }).click();
  await expect(page.getByRole("cell", { name: "Contoso Support" })).toBeVisible();
  await page.getByRole("link", { name: "Next" }).click();
  await page.getByRole("button", { name: "Copy" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel("Twilio inbound URL").inputValue());
  // The sandbox has its own settings page: Active numbers would send the admin the wrong way.
  const where = page.getByRole("region", { name: "Where to paste it" });
  await expect(where).toContainText("Messaging → Try it out → Send a WhatsApp message → Sandbox settings");
  await expect(where).toContainText("When a message comes in");
  await expect(where).not.toContainText("Active numbers");
  await page.getByRole("link", { name: "Back" }).click();
  // Wait for the numbers step before Next: the callback step's own Next link is still on screen.
  await expect(page).toHaveURL(/step=numbers/);
  await finishWizard(page);
  await expect(page.getByText("join purple-tiger")).toBeVisible();

  // Templates: each lint rule has its own message.
  const templates = page.getByRole("region", { name: "WhatsApp templates" });
  await templates.getByRole("button", { name: "Add template" }).click();
  let editor = page.getByRole("dialog", { name: "Add a WhatsApp template" });
  await editor.getByLabel("Name").fill("Order Update");
  await editor.getByLabel("Approved text").fill("{{1}} your order {{3}}");
  await editor.getByRole("button", { name: "Add template" }).click();
  await expect(editor.getByText("Use lowercase letters, digits and underscores, starting with a letter.")).toBeVisible();
  const checks = editor.getByRole("list", { name: "Rules this text breaks" });
  await expect(checks.getByRole("listitem")).toHaveText([
    "Number the variables from {{1}} without gaps.",
    "The text can't start with a variable.",
    "The text can't end with a variable.",
  ]);
  await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });

  await editor.getByLabel("Name").fill("order_update");
  await editor.getByLabel("Approved text").fill("Hello {{1}}{{2}}");
  await editor.getByRole("button", { name: "Add template" }).click();
  await expect(checks.getByRole("listitem")).toHaveText(["Put text between two variables.", "The text can't end with a variable."]);

  await editor.getByLabel("Approved text").fill("Hello {{1}}, your order {{2}} has shipped.");
  await editor.getByLabel("Example for {{1}}").fill("Ana");
  await editor.getByRole("button", { name: "Add template" }).click();
  await expect(editor.getByText("Give an example value for this variable.")).toBeVisible();
  await editor.getByLabel("Example for {{2}}").fill("A-1042");
  await editor.getByLabel("Twilio Content SID (optional)").fill("HX123");
  await editor.getByRole("button", { name: "Add template" }).click();
  await expect(editor.getByText("A Content SID is HX followed by 32 hexadecimal characters.")).toBeVisible();
  await expect(editor.getByText("Hello Ana, your order A-1042 has shipped.")).toBeVisible();
  await editor.getByLabel("Twilio Content SID (optional)").fill("");
  await editor.getByRole("button", { name: "Add template" }).click();
  await expect(editor).toBeHidden();
  const row = templates.getByRole("row", { name: /order_update/ });
  await expect(row).toContainText("No Content SID: can't be sent outside the window");

  // The same name in another language is another template; edit adds the Content SID.
  await row.getByRole("button", { name: /Actions for order_update/ }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  editor = page.getByRole("dialog", { name: "Edit WhatsApp template" });
  await editor.getByLabel("Twilio Content SID (optional)").fill(`HX${"0123456789abcdef".repeat(2)}`);
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(row).toContainText(`HX${"0123456789abcdef".repeat(2)}`);

  await row.getByRole("button", { name: /Actions for order_update/ }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(templates.getByText("No templates yet.")).toBeVisible();
});

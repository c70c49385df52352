import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomUsNumber } from "./support/accounts";
import { ADMIN, signIn } from "./support/users";
import { createSmsAccountWithNumber, createSmsWorkstream } from "./support/workstreams";
import { fakeTwilio } from "./fakes/control";

/** The value cell of one summary row, found by its row header. */
function summaryValue(page: Page, label: string) {
  return page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: label, exact: true }) })
    .getByRole("cell");
}

test("an administrator sets up SMS on a workstream: number, Japanese, operating hours, an out-of-hours message, agents' attachments; the number then serves no other workstream", async ({
  page,
  seed,
}) => {
  test.setTimeout(180_000); // the whole journey: account, workstream, five wizard steps, inventory, removal, audit log, eight accessibility scans
  const suffix = randomUUID().slice(0, 6);
  const accountName = `Channel setup SMS ${suffix}`;
  const number = randomUsNumber();
  const hoursName = `Tokyo desk ${suffix}`;
  // Monday and Tuesday 09:00–17:00 in Tokyo.
  const nineToFive = [{ start: "09:00", end: "17:00" }];
  await seed.operatingHours({
    name: hoursName,
    timeZone: "Asia/Tokyo",
    weekly: { 0: [], 1: nineToFive, 2: nineToFive, 3: [], 4: [], 5: [], 6: [] },
  });
  await signIn(page, ADMIN);
  await createSmsAccountWithNumber(page, { name: accountName, number });
  const workstreamName = `Japan support ${suffix}`;
  const workstreamUrl = await createSmsWorkstream(page, workstreamName);

  // Step 1 — Number. Later steps can't open before the draft exists.
  const channels = page.getByRole("region", { name: "Channels" });
  await expect(channels).toContainText("No SMS number is set up on this workstream yet.");
  await channels.getByRole("link", { name: "Set up SMS" }).click();
  await expect(page).toHaveURL(/\/channels\/new\?step=number$/);
  await expect(page.getByRole("heading", { name: "Set up SMS", level: 1 })).toBeVisible();
  await page.goto(page.url().replace("step=number", "step=summary"));
  await expect(page).toHaveURL(/\/channels\/new\?step=number$/);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Choose a number.")).toBeVisible();
  const choice = page.getByRole("radio", { name: new RegExp(`^${number}`) });
  await expect(choice).toHaveAccessibleName(new RegExp(accountName));
  await expectNoSeriousA11yViolations(page);
  await choice.check();
  await page.getByRole("button", { name: "Next" }).click();

  // Step 2 — Language: the draft exists now, and the list narrows as the admin types.
  await expect(page).toHaveURL(/\/channels\/[^/?]+\?step=language$/);
  const setupUrl = page.url();
  const languages = page.getByRole("group", { name: "Default language" }).getByRole("radio");
  expect(await languages.count()).toBeGreaterThanOrEqual(40);
  await expect(page.getByRole("radio", { name: "English (United States) — en-US" })).toBeChecked();
  await page.getByRole("searchbox", { name: "Search languages" }).fill("japanese");
  await expect(languages).toHaveCount(1);
  await expect(page.getByRole("radio", { name: "French (France) — fr-FR" })).toHaveCount(0);
  await page.getByRole("radio", { name: "Japanese (Japan) — ja-JP" }).check();
  await expect(page.getByText("Chosen: Japanese (Japan) — ja-JP")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Next" }).click();

  // Step 3 — Behaviours. Refresh and Back keep what was saved.
  await expect(page).toHaveURL(/step=behaviours$/);
  await page.reload();
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page).toHaveURL(/step=language$/);
  await expect(page.getByRole("radio", { name: "Japanese (Japan) — ja-JP" })).toBeChecked();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=behaviours$/);
  await page.getByRole("switch", { name: "Use operating hours" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Choose the operating hours, or turn operating hours off.")).toBeVisible();
  await page.getByRole("combobox", { name: "Operating hours record" }).click();
  await page.getByRole("option", { name: hoursName, exact: true }).click();
  // The survey needs its text and an https link while it is on.
  await page.getByRole("switch", { name: "Send a post-conversation survey" }).click();
  await page.getByLabel("Survey link").fill("http://survey.example.com");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Enter the survey message.")).toBeVisible();
  await expect(page.getByText("Enter a full https:// link")).toBeVisible();
  await expect(page.getByText("Automated messages section")).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the workstream's automated messages" })).toHaveAttribute(
    "href",
    /\/workstreams\/[^/?]+\?tab=messages$/,
  );
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("switch", { name: "Send a post-conversation survey" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=features$/);

  // The behaviours are saved: from their step, the number's own messages page gets a Japanese
  // out-of-hours message, then the wizard carries on where it was.
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page).toHaveURL(/step=behaviours$/);
  await page.getByRole("link", { name: "Add messages for this number" }).click();
  await expect(page).toHaveURL(new RegExp(`${new URL(setupUrl).pathname}/messages$`));
  await expect(page.getByRole("heading", { name: `Automated messages for ${number}`, level: 1 })).toBeVisible();
  const own = page.getByRole("region", { name: "This number's messages" });
  await own.getByRole("button", { name: "Add message" }).click();
  const dialog = page.getByRole("dialog", { name: `Add a message for ${number}` });
  await dialog.getByRole("combobox", { name: "Trigger" }).click();
  await page.getByRole("option", { name: "Out of operating hours", exact: true }).click();
  const messageLanguage = dialog.getByRole("combobox", { name: "Language" });
  await messageLanguage.fill("ja-JP");
  await dialog.getByRole("option", { name: "Japanese (Japan) — ja-JP" }).click();
  await expect(messageLanguage).toHaveValue("Japanese (Japan) — ja-JP");
  await dialog.getByRole("textbox", { name: "Message" }).fill("ただいま営業時間外です。");
  await dialog.getByRole("button", { name: "Add message" }).click();
  await expect(dialog).toBeHidden();
  await expect(own.getByRole("row", { name: /Out of operating hours/ })).toContainText("Japanese (Japan)");
  await page.goto(setupUrl.replace("step=language", "step=features"));

  // Step 4 — User features: attachments for agents only, default 5 MB, the SMS file types.
  await expect(page).toHaveURL(/step=features$/);
  await page.getByRole("switch", { name: "Allow file attachments" }).click();
  await expect(page.getByLabel("Size limit (MB)")).toHaveValue("5");
  const types = page.getByRole("group", { name: "File types agents can send" }).getByRole("checkbox");
  await expect(types).toHaveCount(11);
  await expect(page.getByRole("checkbox", { name: ".gif" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: ".csv" })).toBeChecked();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Let customers, agents or both send attachments, or turn attachments off.")).toBeVisible();
  await page.getByRole("switch", { name: "Agents can send attachments" }).click();
  await expect(page.getByRole("switch", { name: "Customers can send attachments" })).not.toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Next" }).click();

  // Step 5 — Summary: exactly what was chosen.
  await expect(page).toHaveURL(/step=summary$/);
  await expect(page.getByRole("row")).toHaveCount(11);
  await expect(summaryValue(page, "Number")).toHaveText(new RegExp(`^${number} \\(\\+1 `));
  await expect(summaryValue(page, "Account")).toHaveText(accountName);
  await expect(summaryValue(page, "Default language")).toHaveText("Japanese (Japan) — ja-JP");
  await expect(summaryValue(page, "Operating hours")).toHaveText(hoursName);
  await expect(summaryValue(page, "Post-conversation survey")).toHaveText("Off");
  await expect(summaryValue(page, "Automated messages")).toHaveText("Out of operating hours · Japanese (Japan) · This number");
  await expect(summaryValue(page, "File attachments")).toHaveText("On");
  await expect(summaryValue(page, "Customers can send attachments")).toHaveText("No");
  await expect(summaryValue(page, "Agents can send attachments")).toHaveText("Yes");
  await expect(summaryValue(page, "Size limit")).toHaveText("5 MB");
  await expect(summaryValue(page, "File types agents can send")).toHaveText(".jpg .jpeg .gif .png .mp3 .oga .ogg .amr .mp4 .pdf .csv");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Finish" }).click();

  // Back on the workstream: the number is listed, ready.
  await expect(page).toHaveURL(workstreamUrl);
  await expect(page.getByText(`SMS is set up on ${number}.`)).toBeVisible();
  const row = channels.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("Japanese (Japan) — ja-JP");
  await expect(row).toContainText(hoursName);
  await expect(row).toContainText("Agents only · 5 MB");
  await expect(row).toContainText("Ready");
  await expect(row.getByRole("link", { name: `Edit ${number}` })).toHaveAttribute("href", new URL(setupUrl).pathname + "?step=summary");
  // The account's inbound URL, to paste into Twilio for this number, with a Copy button.
  await expect(channels.getByLabel(`Twilio inbound URL · ${accountName}`, { exact: true })).toHaveValue(
    /^http:\/\/[^/]+\/api\/webhooks\/twilio\/[^/]+$/,
  );
  await expect(channels.getByRole("button", { name: `Copy Twilio inbound URL · ${accountName}` })).toBeVisible();
  await expect(channels).toContainText(`For ${number}.`);
  await expectNoSeriousA11yViolations(page);

  // The SMS number inventory names the workstream the number serves, linked to it.
  await page.goto(`/channels/numbers?q=${number}`);
  await page.getByRole("row").filter({ hasText: number }).getByRole("link", { name: workstreamName, exact: true }).click();
  await expect(page).toHaveURL(workstreamUrl);

  // A second SMS workstream isn't offered the number any more.
  const otherUrl = await createSmsWorkstream(page, `Overflow ${suffix}`);
  await page.getByRole("region", { name: "Channels" }).getByRole("link", { name: "Set up SMS" }).click();
  await expect(page).toHaveURL(/\/channels\/new\?step=number$/);
  await expect(page.getByRole("radio", { name: new RegExp(`^${number}`) })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Removing the setup frees the number again.
  await page.goto(workstreamUrl);
  await page.getByRole("button", { name: `Remove ${number}` }).click();
  const confirm = page.getByRole("alertdialog", { name: `Remove SMS from ${number}?` });
  await expect(confirm).toContainText("can be set up on another one");
  await confirm.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText(`${number} was removed from this workstream.`)).toBeVisible();
  await expect(channels).toContainText("No SMS number is set up on this workstream yet.");
  await page.goto(`${otherUrl}/channels/new?step=number`);
  await expect(page.getByRole("radio", { name: new RegExp(`^${number}`) })).toHaveCount(1);

  // Every change is in the audit log.
  await page.goto("/settings/audit-log?entityType=channelInstance");
  const events = page.getByRole("row").filter({ hasText: `${number} · ${workstreamName}` });
  await expect(events.filter({ hasText: "Created" })).toHaveCount(1);
  await expect(events.filter({ hasText: "Deleted" })).toHaveCount(1);
  await expect(events.filter({ hasText: "Updated" }).filter({ hasText: "ja-JP" })).toHaveCount(1);
  // Details read in words: labelled fields and values, never the stored field names.
  await expect(events.filter({ hasText: "Created" })).toContainText(`Workstream: ${workstreamName}`);
  await expect(events.filter({ hasText: "ja-JP" })).toContainText(
    "Default language: English (United States) — en-US → Japanese (Japan) — ja-JP",
  );
  await expect(events.filter({ hasText: "Agents can send attachments" })).toContainText("Agents can send attachments: No → Yes");
  await expect(events.filter({ hasText: "Status:" })).toContainText("Status: Draft → Ready");
  await expect(page.getByRole("table")).not.toContainText(/defaultLocale|agentsCanSend|useOperatingHours|workstream:/);
  await expectNoSeriousA11yViolations(page);
});

test("Create operating hours from Set up SMS comes back to the behaviours step with the new record chosen", async ({ page, seed }) => {
  const twilio = await fakeTwilio.addAccount();
  const setup = await seed.messagingSetup({
    provider: "TWILIO",
    channel: "SMS",
    credentials: { accountSid: twilio.sid, authToken: twilio.authToken },
    agentIds: [],
  });
  await signIn(page, ADMIN);
  const stepUrl = `/workstreams/${setup.workstreamId}/channels/${setup.channelInstanceId}?step=behaviours`;
  await page.goto(stepUrl);
  await page.getByRole("switch", { name: "Use operating hours" }).click();
  await page.getByRole("link", { name: "Create operating hours" }).click();
  await expect(page.getByRole("heading", { name: "New operating hours", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to Set up SMS" })).toHaveAttribute("href", stepUrl);
  const created = `Created from setup ${randomUUID().slice(0, 6)}`;
  const name = page.getByLabel("Name", { exact: true });
  // Typing before hydration would be lost: retry until the hydrated field holds the name.
  await expect(async () => {
    await name.fill(created);
    await expect(name).toHaveValue(created, { timeout: 1000 });
  }).toPass();
  await page.getByRole("button", { name: "Create operating hours" }).click();
  await expect(page).toHaveURL(/step=behaviours&operatingHours=/);
  await expect(page.getByRole("switch", { name: "Use operating hours" })).toBeChecked();
  await expect(page.getByRole("combobox", { name: "Operating hours record" })).toHaveText(created);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=features$/);
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page.getByRole("combobox", { name: "Operating hours record" })).toHaveText(created);
});

test("the operating-hours return path only goes back into the app", async ({ page }) => {
  await signIn(page, ADMIN);
  for (const returnTo of ["//evil.example/x", "/\\evil.example", "/\t/evil.example", "https://evil.example/"]) {
    await page.goto(`/operating-hours/new?returnTo=${encodeURIComponent(returnTo)}`);
    await expect(page.getByRole("heading", { name: "New operating hours", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to Set up SMS" })).toHaveCount(0);
  }
});

test("a WhatsApp setup's link to the account's templates lands on the templates section", async ({ page, seed }) => {
  const twilio = await fakeTwilio.addAccount();
  const setup = await seed.messagingSetup({
    provider: "TWILIO",
    channel: "WHATSAPP",
    credentials: { accountSid: twilio.sid, authToken: twilio.authToken },
    agentIds: [],
    templates: [{ name: "order_update", body: "Hello {{1}}, your order has shipped.", examples: { "1": "Ana" }, contentSid: null }],
  });
  await signIn(page, ADMIN);
  await page.goto(`/workstreams/${setup.workstreamId}/channels/${setup.channelInstanceId}?step=behaviours`);
  const manage = page.getByRole("link", { name: /^Manage the templates of/ });
  const fragment = new URL((await manage.getAttribute("href")) ?? "", "http://app.test").hash.slice(1);
  await manage.click();
  await expect(page).toHaveURL(new RegExp(`/channels/accounts/${setup.accountId}#${fragment}$`));
  // The fragment names an element of the account page: the templates section's heading.
  await expect(page.locator(`[id="${fragment}"]`)).toHaveCount(1);
  await expect(page.locator(`[id="${fragment}"]`)).toHaveText("WhatsApp templates");
});

import { randomUUID } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomUsNumber } from "./support/accounts";
import { ADMIN, signIn } from "./support/users";
import { createSmsAccountWithNumber, createSmsWorkstream, openWorkstreamTab } from "./support/workstreams";

async function setUpSms(page: Page, number: string) {
  await page.getByRole("region", { name: "Channels" }).getByRole("link", { name: "Set up SMS" }).click();
  await expect(page).toHaveURL(/\/channels\/new\?step=number$/);
  await page.getByRole("radio", { name: new RegExp(`^${number}`) }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=language$/);
  await expect(page.getByRole("radio", { name: "English (United States) — en-US" })).toBeChecked();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=behaviours$/);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=features$/);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=summary$/);
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page.getByText(`SMS is set up on ${number}.`)).toBeVisible();
}

/** Opens the add dialog of the list in `scope`, chooses the trigger and English (United States). */
async function addGreeting(page: Page, scope: Locator, dialogName: string, text: string) {
  await scope.getByRole("button", { name: "Add message" }).click();
  const dialog = page.getByRole("dialog", { name: dialogName });
  await dialog.getByRole("combobox", { name: "Trigger" }).click();
  await page.getByRole("option", { name: "Greeting", exact: true }).click();
  const language = dialog.getByRole("combobox", { name: "Language" });
  await language.fill("en-US");
  await dialog.getByRole("option", { name: "English (United States) — en-US" }).click();
  await expect(language).toHaveValue("English (United States) — en-US");
  await dialog.getByRole("textbox", { name: "Message" }).fill(text);
  await dialog.getByRole("button", { name: "Add message" }).click();
  return dialog;
}

/** A row of an effective-messages table, found by its trigger (the row header). */
function effectiveRow(page: Page, table: Locator, trigger: string) {
  return table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: trigger, exact: true }) });
}

/** Message, source ("Sent from") and language of an effective row. */
async function expectEffective(row: Locator, expected: { text: string; source: "This number" | "Channel" }) {
  const cells = row.getByRole("cell");
  await expect(cells).toHaveCount(3);
  await expect(cells.nth(0)).toHaveText(expected.text);
  await expect(cells.nth(1)).toContainText(expected.source);
  await expect(cells.nth(2)).toContainText("en-US");
}

test("a number's own automated messages override the channel's; the effective message per number shows which one is sent", async ({
  page,
}) => {
  test.slow(); // an account, a workstream and the whole Set up SMS wizard before the messages
  const suffix = randomUUID().slice(0, 6);
  const number = randomUsNumber();
  await signIn(page, ADMIN);
  await createSmsAccountWithNumber(page, { name: `Overrides SMS ${suffix}`, number });
  const workstreamUrl = await createSmsWorkstream(page, `Overrides ${suffix}`);
  await setUpSms(page, number);
  await expect(page).toHaveURL(workstreamUrl);

  // Channel level: an English greeting, sent on the number as the channel's.
  await openWorkstreamTab(page, "Automated messages");
  const messages = page.getByRole("region", { name: "Automated messages" });
  const workstreamEffective = messages.getByRole("table", { name: `Messages sent on ${number}` });
  await expect(effectiveRow(page, workstreamEffective, "Greeting").getByRole("cell")).toHaveText(["Not sent"]);
  let dialog = await addGreeting(page, messages, "Add an automated message", "Welcome from the channel");
  await expect(dialog).toBeHidden();
  await expectEffective(effectiveRow(page, workstreamEffective, "Greeting"), { text: "Welcome from the channel", source: "Channel" });
  await expect(effectiveRow(page, workstreamEffective, "Holiday").getByRole("cell")).toHaveText(["Not sent"]);
  await expectNoSeriousA11yViolations(page);

  // The number's page: no messages of its own yet, so it sends the channel's.
  await messages.getByRole("link", { name: `Messages for ${number}` }).click();
  await expect(page).toHaveURL(/\/workstreams\/[^/]+\/channels\/[^/]+\/messages$/);
  const overridesUrl = page.url();
  await expect(page.getByRole("heading", { name: `Automated messages for ${number}`, level: 1 })).toBeVisible();
  const own = page.getByRole("region", { name: "This number's messages" });
  await expect(own).toContainText(`${number} has no messages of its own`);
  const numberEffective = page
    .getByRole("region", { name: "What customers on this number receive" })
    .getByRole("table", { name: `Messages sent on ${number}` });
  await expectEffective(effectiveRow(page, numberEffective, "Greeting"), { text: "Welcome from the channel", source: "Channel" });
  await expectNoSeriousA11yViolations(page);

  // An English greeting for this number overrides the channel's.
  dialog = await addGreeting(page, own, `Add a message for ${number}`, "Welcome to this number");
  await expect(dialog).toBeHidden();
  await expect(own.getByRole("row", { name: /Greeting/ })).toContainText("Welcome to this number");
  await expectEffective(effectiveRow(page, numberEffective, "Greeting"), { text: "Welcome to this number", source: "This number" });
  await expectNoSeriousA11yViolations(page);

  // A second English greeting for the same number is refused on the Language field.
  dialog = await addGreeting(page, own, `Add a message for ${number}`, "Hello again");
  await expect(dialog.getByText("There is already a message for this trigger in this language. Edit that one instead.")).toBeVisible();
  await expect(dialog.getByRole("combobox", { name: "Language" })).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(own.getByRole("row", { name: /Greeting/ })).toHaveCount(1);

  // The workstream page: the channel keeps its own greeting; the number sends its override.
  await page.getByRole("link", { name: "Back to the workstream" }).click();
  await expect(page).toHaveURL(`${workstreamUrl}?tab=messages`);
  await expect(messages.getByRole("switch", { name: "Active: Greeting (English (United States))" })).toHaveCount(1);
  await expectEffective(effectiveRow(page, workstreamEffective, "Greeting"), { text: "Welcome to this number", source: "This number" });

  // Switching the override off lets the channel's greeting through again.
  await page.goto(overridesUrl);
  const overrideSwitch = own.getByRole("switch", { name: "Active: Greeting (English (United States))" });
  await expect(overrideSwitch).toBeChecked();
  await overrideSwitch.click();
  await expect(page.getByText("The Greeting message in English (United States) is inactive.")).toBeVisible();
  await expect(overrideSwitch).not.toBeChecked();
  const fallback = effectiveRow(page, numberEffective, "Greeting");
  await expectEffective(fallback, { text: "Welcome from the channel", source: "Channel" });
  await expect(fallback).toContainText("This number's own message is inactive.");
  await expectNoSeriousA11yViolations(page);

  await page.goto(workstreamUrl);
  await openWorkstreamTab(page, "Automated messages");
  await expectEffective(effectiveRow(page, workstreamEffective, "Greeting"), { text: "Welcome from the channel", source: "Channel" });
  await expect(messages.getByRole("switch", { name: "Active: Greeting (English (United States))" })).toBeChecked();
  await expectNoSeriousA11yViolations(page);
});

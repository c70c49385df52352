import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { ADMIN, signIn } from "./support/users";
import { createSmsWorkstream, openWorkstreamTab } from "./support/workstreams";

async function openAddDialog(page: Page, trigger: string, locale: { search: string; option: string }) {
  await page.getByRole("region", { name: "Automated messages" }).getByRole("button", { name: "Add message" }).click();
  const dialog = page.getByRole("dialog", { name: "Add an automated message" });
  await dialog.getByRole("combobox", { name: "Trigger" }).click();
  await page.getByRole("option", { name: trigger, exact: true }).click();
  const language = dialog.getByRole("combobox", { name: "Language" });
  await language.fill(locale.search);
  await dialog.getByRole("option", { name: locale.option }).click();
  await expect(language).toHaveValue(locale.option);
  return dialog;
}

test("automated messages per trigger and language: placeholders, segment preview, duplicates, switch off, delete", async ({ page }) => {
  const name = `Messages ${randomUUID().slice(0, 6)}`;
  await signIn(page, ADMIN);
  await createSmsWorkstream(page, name);
  await openWorkstreamTab(page, "Automated messages");

  // Empty state: explains the triggers.
  const section = page.getByRole("region", { name: "Automated messages" });
  await expect(section.getByText("No automated messages yet")).toBeVisible();
  await expect(section.getByRole("heading", { name: "When each message is sent" })).toBeVisible();
  await expect(section.getByText("When a message arrives outside the queue's operating hours.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Japanese out-of-hours message: an unknown placeholder is caught while typing, the text is UCS-2.
  let dialog = await openAddDialog(page, "Out of operating hours", { search: "ja-JP", option: "Japanese (Japan) — ja-JP" });
  const text = dialog.getByRole("textbox", { name: "Message" });
  await text.fill("{Agentname}は営業時間外です。");
  await expect(dialog.getByText("{Agentname} isn't a placeholder. Did you mean {AgentName}?")).toBeVisible();
  await text.fill("{QueueName}は営業時間外です。");
  await expect(dialog.getByText("{Agentname} isn't a placeholder.", { exact: false })).toHaveCount(0);
  const counter = dialog.getByRole("group", { name: "SMS encoding and segments" });
  // "Support" + 9 Japanese characters, as the customer receives it.
  await expect(counter).toContainText("UCS-2 · 16 characters · 1 segment (70 per segment)");
  await expect(counter.getByRole("list", { name: "Characters that force UCS-2" })).toContainText("営");
  await expect(dialog.getByRole("group", { name: /^Preview/ })).toContainText("Supportは営業時間外です。");
  await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
  await dialog.getByRole("button", { name: "Add message" }).click();
  await expect(page.getByText("The automated message was added.")).toBeVisible();
  await expect(dialog).toBeHidden();
  const japaneseRow = section.getByRole("row", { name: /Out of operating hours/ });
  await expect(japaneseRow).toContainText("Japanese (Japan)");
  await expect(japaneseRow).toContainText("Supportは営業時間外です。");

  // An English greeting with the agent's name inserted by the button: GSM-7, one segment.
  dialog = await openAddDialog(page, "Greeting", { search: "english united states", option: "English (United States) — en-US" });
  await dialog.getByRole("textbox", { name: "Message" }).fill("Hi, this is ");
  await dialog.getByRole("button", { name: "Insert {AgentName}" }).click();
  await expect(dialog.getByRole("textbox", { name: "Message" })).toHaveValue("Hi, this is {AgentName}");
  await expect(dialog.getByRole("group", { name: "SMS encoding and segments" })).toContainText(
    "GSM-7 · 16 characters · 1 segment (160 per segment)",
  );
  await expect(dialog.getByRole("group", { name: /^Preview/ })).toContainText("Hi, this is Alex");
  await dialog.getByRole("button", { name: "Add message" }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole("row", { name: /Greeting/ })).toContainText("Hi, this is Alex");

  // A second greeting in the same language is refused on the Language field.
  dialog = await openAddDialog(page, "Greeting", { search: "en-US", option: "English (United States) — en-US" });
  await dialog.getByRole("textbox", { name: "Message" }).fill("Hello again!");
  await dialog.getByRole("button", { name: "Add message" }).click();
  await expect(dialog.getByText("There is already a message for this trigger in this language. Edit that one instead.")).toBeVisible();
  await expect(dialog.getByRole("combobox", { name: "Language" })).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole("row", { name: /Greeting/ })).toHaveCount(1);

  // Switch the greeting off; it stays off after a reload.
  const greetingSwitch = section.getByRole("switch", { name: "Active: Greeting (English (United States))" });
  await expect(greetingSwitch).toBeChecked();
  await greetingSwitch.click();
  await expect(page.getByText("The Greeting message in English (United States) is inactive.")).toBeVisible();
  await expect(greetingSwitch).not.toBeChecked();
  await page.reload();
  await expect(greetingSwitch).not.toBeChecked();
  await expect(section.getByRole("switch", { name: "Active: Out of operating hours (Japanese (Japan))" })).toBeChecked();
  await expectNoSeriousA11yViolations(page);

  // Delete the Japanese message after confirming.
  await section.getByRole("button", { name: "Actions for Out of operating hours (Japanese (Japan))" }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete the Out of operating hours message in Japanese (Japan)?" });
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("The Out of operating hours message in Japanese (Japan) was deleted.")).toBeVisible();
  await expect(section.getByRole("row", { name: /Out of operating hours/ })).toHaveCount(0);
  await expect(section.getByRole("row", { name: /Greeting/ })).toHaveCount(1);
});

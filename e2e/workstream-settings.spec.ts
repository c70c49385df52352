import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { ADMIN, signIn } from "./support/users";
import { openWorkstreamTab } from "./support/workstreams";

/** Creates an SMS workstream with a new fallback queue through the UI and stays on its page. */
async function createWorkstream(page: Page, mode: "Push" | "Pick") {
  const name = `${mode} settings ${randomUUID().slice(0, 6)}`;
  await page.goto("/workstreams/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("radio", { name: /^SMS/ }).check();
  await page.getByRole("radio", { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole("radio", { name: "Create a queue" }).check();
  await page.getByLabel("New queue name").fill(`Queue ${randomUUID().slice(0, 6)}`);
  await page.getByRole("button", { name: "Create workstream" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  return name;
}

test("a push workstream gets a bot, quick replies and notification templates; a pick one explains why it has no bot", async ({ page }) => {
  await signIn(page, ADMIN);

  // Pick: the bot section says why there is no bot, and offers no form.
  await createWorkstream(page, "Pick");
  await openWorkstreamTab(page, "Bot");
  const pickBot = page.getByRole("region", { name: "Bot", exact: true });
  await expect(pickBot.getByText("Bots are available only for push workstreams.")).toBeVisible();
  await expect(pickBot.getByRole("switch")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Push: a bot with an insecure URL is refused on the field, then saved with HTTPS.
  await createWorkstream(page, "Push");
  await openWorkstreamTab(page, "Bot");
  const bot = page.getByRole("region", { name: "Bot", exact: true });
  const sendToBot = bot.getByRole("switch", { name: "Send conversations to a bot first" });
  await expect(sendToBot).not.toBeChecked();
  await sendToBot.click();
  await bot.getByLabel("Bot name").fill("Triage bot");
  await bot.getByLabel("Endpoint URL").fill("http://bot.example.com/conversations");
  await bot.getByRole("button", { name: "Save" }).click();
  await expect(bot.getByText("Use an https:// address. Plain http:// is allowed only for localhost and 127.0.0.1.")).toBeVisible();
  await expect(bot.getByLabel("Endpoint URL")).toHaveAttribute("aria-invalid", "true");
  await bot.getByLabel("Endpoint URL").fill("https://bot.example.com/conversations");
  await bot.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The bot was saved.")).toBeVisible();

  // Quick replies in two languages, and a notification template with an unknown placeholder, then fixed.
  await openWorkstreamTab(page, "Advanced settings");
  const advanced = page.getByRole("region", { name: "Advanced settings", exact: true });
  await expect(advanced.getByText("No quick replies yet.")).toBeVisible();
  await advanced.getByRole("button", { name: "Add quick reply" }).click();
  const japanese = advanced.getByRole("group", { name: "Quick reply 1", exact: true });
  await japanese.getByRole("combobox", { name: "Language" }).click();
  await page.getByRole("option", { name: /ja-JP$/ }).click();
  await japanese.getByLabel("Reply text").fill("お問い合わせありがとうございます。");
  await advanced.getByRole("button", { name: "Add quick reply" }).click();
  const english = advanced.getByRole("group", { name: "Quick reply 2", exact: true });
  await english.getByRole("combobox", { name: "Language" }).click();
  await page.getByRole("option", { name: /en-US$/ }).click();
  await english.getByLabel("Reply text").fill("Thanks for reaching out! An agent will be with you shortly.");

  const incoming = advanced.getByRole("group", { name: "Incoming conversation", exact: true });
  await incoming.getByLabel("Title").fill("New {Channel} conversation");
  await incoming.getByLabel("Body").fill("{Customer} is waiting in {QueueName}.");
  await advanced.getByRole("button", { name: "Save" }).click();
  await expect(
    incoming.getByText("Use only the placeholders {CustomerNumber}, {QueueName} and {Channel}, spelled exactly like that."),
  ).toBeVisible();
  await expect(incoming.getByLabel("Body")).toHaveAttribute("aria-invalid", "true");
  await incoming.getByLabel("Body").fill("{CustomerNumber} is waiting in {QueueName}.");
  await advanced.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The advanced settings were saved.")).toBeVisible();

  // Everything is still there after a reload (which stays on the tab).
  await page.reload();
  await expect(japanese.getByRole("combobox", { name: "Language" })).toHaveText(/ja-JP$/);
  await expect(japanese.getByLabel("Reply text")).toHaveValue("お問い合わせありがとうございます。");
  await expect(english.getByRole("combobox", { name: "Language" })).toHaveText(/en-US$/);
  await expect(english.getByLabel("Reply text")).toHaveValue("Thanks for reaching out! An agent will be with you shortly.");
  await expect(incoming.getByLabel("Title")).toHaveValue("New {Channel} conversation");
  await expect(incoming.getByLabel("Body")).toHaveValue("{CustomerNumber} is waiting in {QueueName}.");
  await expect(advanced.getByRole("group", { name: "Transfer request", exact: true }).getByLabel("Title")).toHaveValue("");
  await expectNoSeriousA11yViolations(page);
  await openWorkstreamTab(page, "Bot");
  await expect(sendToBot).toBeChecked();
  await expect(bot.getByLabel("Bot name")).toHaveValue("Triage bot");
  await expect(bot.getByLabel("Endpoint URL")).toHaveValue("https://bot.example.com/conversations");

  // The bot can be removed again; conversations then go straight to the queues.
  await bot.getByRole("button", { name: "Remove bot" }).click();
  await expect(page.getByText("The bot was removed: conversations go straight to the queues.")).toBeVisible();
  await expect(sendToBot).not.toBeChecked();
  await page.reload();
  await expect(sendToBot).not.toBeChecked();
  await expect(bot.getByLabel("Endpoint URL")).toHaveCount(0);
});

import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { ADMIN, signIn } from "./support/users";
import { openWorkstreamTab } from "./support/workstreams";

test("create a workstream with a new fallback queue, tune work distribution, copy it and delete the copy", async ({ page }) => {
  const name = `Support ${randomUUID().slice(0, 6)}`;
  const queue = `Tier 1 ${randomUUID().slice(0, 6)}`;
  await signIn(page, ADMIN);
  await page.goto("/workstreams/new");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("radio", { name: /^SMS/ }).check();
  await page.getByRole("radio", { name: /^Pick/ }).check();
  await expect(page.getByText("can't be changed after the workstream is created")).toBeVisible();
  await page.getByRole("radio", { name: "Create a queue" }).check();
  await page.getByRole("button", { name: "Create workstream" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await page.getByLabel("New queue name").fill(queue);
  await page.getByRole("button", { name: "Create workstream" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("Messaging · SMS · Pick")).toBeVisible();

  // Push/pick is fixed: the page offers no way to change it; keep-same-agent is push-only.
  await expect(page.getByRole("radio", { name: /^Push/ })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Fallback queue" })).toHaveText(queue);
  // The details form (plain state, its schema loaded on the first save: decision 039): an empty name is
  // refused on its field, which gets focus; the message goes as the field changes; a new name is saved.
  const details = page.getByRole("region", { name: "Details", exact: true });
  const nameField = details.getByLabel("Name", { exact: true });
  const saveDetails = details.getByRole("button", { name: "Save" });
  await expect(saveDetails).toBeDisabled();
  await nameField.fill(" ");
  await saveDetails.click();
  await expect(details.getByText("This field is required.")).toBeVisible();
  await expect(nameField).toBeFocused();
  await nameField.fill(`${name} renamed`);
  await expect(details.getByText("This field is required.")).toHaveCount(0);
  await saveDetails.click();
  await expect(page.getByRole("heading", { name: `${name} renamed`, level: 1 })).toBeVisible();
  await expect(saveDetails).toBeDisabled();
  await nameField.fill(name);
  await saveDetails.click();
  await expect(page.getByRole("heading", { name, level: 1, exact: true })).toBeVisible();
  await openWorkstreamTab(page, "Work distribution");
  await expect(page.getByLabel("Keep the same agent for the entire conversation")).toBeDisabled();

  const distribution = page.getByRole("region", { name: "Work distribution" });
  await distribution.getByLabel("Units per conversation").fill("0");
  await distribution.getByRole("button", { name: "Save" }).click();
  await expect(distribution.getByText("Enter 1 or more.")).toBeVisible();
  await distribution.getByLabel("Units per conversation").fill("3");
  await distribution.getByLabel("Auto-close after inactivity (minutes)").fill("120");
  await distribution.getByRole("combobox", { name: "Block capacity for wrap-up" }).click();
  await page.getByRole("option", { name: "Block for a custom time" }).click();
  await distribution.getByLabel("Wrap-up time (minutes)").fill("5");
  await distribution.getByLabel("Away").check();
  await distribution.getByRole("combobox", { name: "Skill matching" }).click();
  await page.getByRole("option", { name: "Closest match" }).click();
  await distribution.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The work distribution settings were saved.")).toBeVisible();
  await page.reload();
  await expect(distribution.getByLabel("Units per conversation")).toHaveValue("3");
  await expect(distribution.getByLabel("Wrap-up time (minutes)")).toHaveValue("5");
  await expectNoSeriousA11yViolations(page);

  // The page is in tabs, channel setup first; each tab has its URL (Refresh and Back land on it), its
  // own Save, is reachable by keyboard and passes axe.
  await expect(page).toHaveURL(/\?tab=distribution$/);
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(1);
  const sections = page.getByRole("navigation", { name: "Workstream sections" });
  await expect(sections.getByRole("link")).toHaveText([
    "Overview",
    "Work distribution",
    "Routing rules",
    "Automated messages",
    "Bot",
    "Advanced settings",
  ]);
  for (const [tab, region] of [
    ["Overview", "Channels"],
    ["Routing rules", "Routing rules"],
    ["Automated messages", "Automated messages"],
    ["Bot", "Bot"],
    ["Advanced settings", "Advanced settings"],
  ] as const) {
    await openWorkstreamTab(page, tab);
    await expect(page.getByRole("region", { name: region, exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Work distribution", exact: true })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  }
  await page.goBack();
  await expect(sections.getByRole("link", { name: "Bot", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("region", { name: "Bot", exact: true })).toBeVisible();
  await openWorkstreamTab(page, "Overview");
  await expect(page.getByRole("main").getByRole("heading", { level: 2 }).first()).toHaveText("Channels");
  await sections.getByRole("link", { name: "Routing rules", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?tab=routing$/);
  await expect(sections.getByRole("link", { name: "Routing rules", exact: true })).toHaveAttribute("aria-current", "page");
  await openWorkstreamTab(page, "Work distribution");

  // The new fallback queue can't be deleted while the workstream uses it; the refusal says why.
  const workstreamUrl = page.url();
  await page.goto(`/queues?q=${encodeURIComponent(queue)}`);
  await page.getByRole("button", { name: `Actions for ${queue}` }).click();
  await page.getByRole("menuitem", { name: "Delete queue" }).click();
  const blocked = page.getByRole("alertdialog", { name: `“${queue}” can't be deleted` });
  await expect(blocked).toContainText(name);
  await expect(blocked.getByRole("button", { name: "Delete queue" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await page.goto(workstreamUrl);

  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("heading", { name: `Copy of ${name}`, level: 1 })).toBeVisible();
  await openWorkstreamTab(page, "Work distribution");
  await expect(page.getByRole("region", { name: "Work distribution" }).getByLabel("Units per conversation")).toHaveValue("3");
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/workstreams$/);

  await page.goto(`/workstreams?q=${encodeURIComponent(name)}`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Pick");
  await expect(row).toContainText(queue);
  await expectNoSeriousA11yViolations(page);
});

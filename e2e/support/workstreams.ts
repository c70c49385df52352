// Setup steps shared by the workstream-related specs, driven through the UI as an admin would.
import { expect, type Page } from "@playwright/test";
import { fakeTwilio } from "../fakes/control";
import { addNumber, fillTwilio, finishWizard, saveDetails, startWizard } from "./accounts";

/** A validated Twilio SMS account with one long-code number. */
export async function createSmsAccountWithNumber(page: Page, { name, number }: { name: string; number: string }) {
  const twilio = await fakeTwilio.addAccount({ friendlyName: name, type: "Full" });
  await startWizard(page, { name, channel: "SMS" });
  await fillTwilio(page, { sid: twilio.sid, token: twilio.authToken });
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The credentials work." })).toBeVisible();
  await saveDetails(page);
  await addNumber(page, { value: number, type: "Long code" });
  await expect(page.getByText(number, { exact: true })).toBeVisible();
  await finishWizard(page);
}

/** A push SMS workstream with a new fallback queue; returns its page URL. */
export async function createSmsWorkstream(page: Page, name: string) {
  await page.goto("/workstreams/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("radio", { name: /^SMS/ }).check();
  await page.getByRole("radio", { name: /^Push/ }).check();
  await page.getByRole("radio", { name: "Create a queue" }).check();
  await page.getByLabel("New queue name").fill(`${name} queue`);
  await page.getByRole("button", { name: "Create workstream" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  return page.url();
}

export type WorkstreamTabName = "Overview" | "Work distribution" | "Routing rules" | "Automated messages" | "Bot" | "Advanced settings";

/** Opens one tab of the workstream page (links in the "Workstream sections" navigation) and waits for it. */
export async function openWorkstreamTab(page: Page, name: WorkstreamTabName) {
  const tab = page.getByRole("navigation", { name: "Workstream sections" }).getByRole("link", { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-current", "page");
}

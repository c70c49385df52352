// Steps of the "New account" wizard, driven as an administrator would.
import { randomInt } from "node:crypto";
import { expect, type Page } from "@playwright/test";

/** A fresh, valid US long code (digits only, as SMS accounts take them). */
export function randomUsNumber(): string {
  return `1425230${String(randomInt(0, 10000)).padStart(4, "0")}`;
}

export async function startWizard(page: Page, { name, channel }: { name: string; channel: "SMS" | "WhatsApp" }) {
  await page.goto("/channels/accounts/new");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("radio", { name: new RegExp(`^${channel}`) }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=account/);
}

export async function fillTwilio(page: Page, { sid, token }: { sid: string; token: string }) {
  await page.getByLabel("Account SID", { exact: true }).fill(sid);
  await page.getByLabel("Auth Token", { exact: true }).fill(token);
}

export async function fillTelesign(page: Page, { customerId, apiKey }: { customerId: string; apiKey: string }) {
  await page.getByRole("radio", { name: /^TeleSign/ }).check();
  await page.getByLabel("Customer ID", { exact: true }).fill(customerId);
  await page.getByLabel("API key", { exact: true }).fill(apiKey);
}

/** Clicks Next on the account-details step and waits for the saved draft's numbers step. */
export async function saveDetails(page: Page) {
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/setup\?step=numbers/);
}

export async function addNumber(
  page: Page,
  { value, type, name, description }: { value: string; type?: string; name?: string; description?: string },
) {
  await page.getByRole("button", { name: "Add number" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a number" });
  if (type) {
    await dialog.getByRole("combobox", { name: "Type" }).click();
    await page.getByRole("option", { name: type, exact: true }).click();
  }
  if (name) await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Number", { exact: true }).fill(value);
  if (description) await dialog.getByLabel("Description (optional)").fill(description);
  await dialog.getByRole("button", { name: "Add number" }).click();
  return dialog;
}

/** From the numbers step: Next, Next (which records that the callback step was seen), Finish → the account page. */
export async function finishWizard(page: Page) {
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=callback/);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/step=summary/);
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page).toHaveURL(/\/channels\/accounts\/[^/?]+$/);
}

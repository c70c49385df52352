// Picking a record in a search combobox (components/common/record-combobox.tsx): open it, type part of
// the name (it lists at most 20 matches from the server), choose the option.
import { expect, type Locator, type Page } from "@playwright/test";

export async function pickRecord(page: Page, combobox: Locator, option: string, { search = option }: { search?: string } = {}) {
  await combobox.click();
  await page.getByPlaceholder("Search…").fill(search);
  await page.getByRole("option", { name: option, exact: true }).click();
  // Closed again: only the trigger is left, showing the choice.
  await expect(page.getByPlaceholder("Search…")).toHaveCount(0);
  await expect(combobox).toHaveText(option);
}

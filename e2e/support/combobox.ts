// Picking a record in a search combobox (components/common/search-combobox.tsx): type part of the name
// into it (it lists at most 20 matches from the server), choose the option.
import { expect, type Locator, type Page } from "@playwright/test";

export async function pickRecord(page: Page, combobox: Locator, option: string, { search = option }: { search?: string } = {}) {
  await combobox.fill(search);
  await page.getByRole("option", { name: option, exact: true }).click();
  // Closed again, the field showing the choice.
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await expect(combobox).toHaveValue(option);
}

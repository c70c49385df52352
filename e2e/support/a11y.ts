import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Fails with the list of serious or critical axe violations, if any. `within` limits the scan to an
 * open modal (dialog or menu): while one is open, Radix marks the rest of the page aria-hidden and
 * traps focus, which axe reports as aria-hidden-focus on the background although it can't be reached.
 */
export async function expectNoSeriousA11yViolations(page: Page, { within }: { within?: string } = {}) {
  await settleAnimations(page);
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]);
  if (within) builder = builder.include(within);
  const results = await builder.analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Waits for finite CSS animations and transitions (a toast sliding in, a dialog fading in) to end:
 * axe measures colour contrast on the rendered opacity, so a half-faded toast reads as low contrast.
 * Infinite animations (spinners) are left running.
 */
async function settleAnimations(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

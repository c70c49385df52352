// Forms that hydrate on first use (components/forms/hydrate-on-use.tsx, decision 042): a test holds the
// form's code back so that it can type and submit before the code has arrived, as a fast user would.
import { expect, type Locator, type Page, type Route } from "@playwright/test";

const CHUNKS = "**/_next/static/chunks/**";

/** Waits until the page's own code has run and the form's has not, then holds every further chunk. */
export async function holdFormCode(page: Page, region: Locator) {
  await expect(region).toHaveAttribute("data-hydrate-on-use", "");
  await expect(region).not.toHaveAttribute("data-hydrated");
  const held: Route[] = [];
  let holding = true;
  await page.route(CHUNKS, (route) => (holding ? void held.push(route) : route.continue()));
  return {
    /** How many chunk requests are waiting (the form asks for its code on first focus or hover). */
    requested: () => held.length,
    release: async () => {
      holding = false;
      for (const route of held) await route.continue();
    },
  };
}

/** Navigations that carry a query string: what the browser's own GET submit of a form would do. */
export function watchNativeSubmits(page: Page) {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (request.isNavigationRequest() && new URL(request.url()).search) urls.push(request.url());
  });
  return urls;
}

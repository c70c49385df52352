// The specs' `test`: Playwright's, plus the database under test (`db`, through the app's own client)
// and `seed`, which creates the records a test starts from and removes them after it (epic-stack's model).
import { test as base } from "@playwright/test";
import { openDatabase, type Database } from "./database";
import { Seed } from "./seed";

export const test = base.extend<{ seed: Seed }, { db: Database }>({
  db: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none.
    async ({}, use) => {
      const db = openDatabase();
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  seed: async ({ db }, use) => {
    const seed = new Seed(db);
    await use(seed);
    await seed.removeAll();
  },
});

export { expect, type Locator, type Page } from "@playwright/test";

// End-to-end tests drive the real production build in Chromium against a throwaway SQLite
// database (e2e/.tmp). Debian's Chromium is used when present (browsers can't be downloaded here).
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT, serverEnv } from "./e2e/support/server-env";

const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "./e2e",
  // The fixtures use the app's own modules (e2e/support/database.ts): this maps "@/" and lets their
  // "server-only" markers load outside Next.js, as vitest.config.ts does for unit tests.
  tsconfig: "./e2e/tsconfig.playwright.json",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1, // one shared database; the machine has 2 cores
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-US",
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // A fresh install: nothing else may run before this creates the first administrator.
    { name: "first-run", testMatch: /first-run\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "app", testIgnore: /first-run\.spec\.ts/, dependencies: ["first-run"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: "npx tsx e2e/support/start-server.ts",
    url: `${E2E_BASE_URL}/api/health/ready`,
    env: serverEnv(),
    timeout: 300_000, // includes a production build when sources changed
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});

export { E2E_PORT };

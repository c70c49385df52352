// Test users: the first administrator (created through the UI by first-run.spec.ts) and signing in.
// Other users come from the `seed` fixture (seed.user), which creates them through the app's client.
import { expect, type Page } from "@playwright/test";

export const ADMIN = { name: "Ada Admin", email: "ada.admin@example.com", password: "Switchboard-2026!" };

export type Role = "ADMINISTRATOR" | "CHANNEL_MANAGER" | "WORKSTREAM_MANAGER" | "VIEWER" | "AGENT";
export type TestUser = { id: string; name: string; email: string; password: string; role: Role };

export async function signIn(page: Page, credentials: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password", { exact: true }).fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

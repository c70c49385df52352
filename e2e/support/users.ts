// Test data: the first administrator (created through the UI by first-run.spec.ts) and a seeder
// for other users, written straight into the throwaway database the way the app stores them.
import { randomBytes, randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";
import { E2E_DATABASE_PATH } from "./server-env";

export const ADMIN = { name: "Ada Admin", email: "ada.admin@example.com", password: "Switchboard-2026!" };

export type Role = "ADMINISTRATOR" | "CHANNEL_MANAGER" | "WORKSTREAM_MANAGER" | "VIEWER" | "AGENT";
export type TestUser = { id: string; name: string; email: string; password: string; role: Role };

export async function seedUser(role: Role, overrides: Partial<Pick<TestUser, "name" | "email">> = {}): Promise<TestUser> {
  const suffix = randomUUID().slice(0, 8);
  const user: TestUser = {
    id: `e2e${randomBytes(10).toString("hex")}`,
    name: overrides.name ?? `${role.toLowerCase().replace("_", " ")} ${suffix}`,
    email: overrides.email ?? `${role.toLowerCase()}-${suffix}@example.com`,
    password: `Test-password-${suffix}`,
    role,
  };
  const now = new Date().toISOString().replace("Z", "+00:00"); // the format Prisma writes
  const db = new Database(E2E_DATABASE_PATH);
  try {
    db.prepare(
      'INSERT INTO "User" (id, email, name, passwordHash, role, isActive, locale, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)',
    ).run(user.id, user.email, user.name, await hash(user.password), role, "en", now, now);
  } finally {
    db.close();
  }
  return user;
}

export async function signIn(page: Page, credentials: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password", { exact: true }).fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

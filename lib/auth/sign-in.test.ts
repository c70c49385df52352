// The sign-in throttle holds under parallel guesses on SQLite and PostgreSQL alike (this file runs on
// both: vitest.config.ts): the check and the reservation are one serializable transaction.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { attemptSignIn } = await import("./sign-in");
const { hashPassword } = await import("./password");
const { FREE_ATTEMPTS } = await import("./throttle");
afterAll(() => testDatabase.drop());

describe("attemptSignIn", () => {
  it("lets only the free attempts through when wrong passwords for one email arrive all at once", async () => {
    await db.user.create({
      data: { email: "agent@example.com", name: "Agent", passwordHash: await hashPassword("Right-password-2026"), role: "AGENT" },
    });
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        attemptSignIn({ email: "agent@example.com", password: `wrong-${index}`, clientKey: `client-${index}` }),
      ),
    );
    const reasons = outcomes.map((outcome) => (outcome.ok ? "ok" : outcome.reason));
    expect(reasons.filter((reason) => reason === "invalid")).toHaveLength(FREE_ATTEMPTS);
    expect(reasons.filter((reason) => reason === "throttled")).toHaveLength(12 - FREE_ATTEMPTS);
    expect(await db.signInAttempt.count({ where: { emailKey: "agent@example.com" } })).toBe(FREE_ATTEMPTS);
  });
});

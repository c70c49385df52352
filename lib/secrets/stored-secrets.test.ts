// The raw SQL that reads sealed secrets as stored runs on SQLite and PostgreSQL alike (both projects run
// this file: vitest.config.ts), and never hands back a plaintext secret.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { findAllUnreadableSecrets, readSecretStatuses } = await import("./stored-secrets");
afterAll(() => testDatabase.drop());

describe("readSecretStatuses", () => {
  it("tells which secret columns hold a value, for the records asked about", async () => {
    const account = await db.messagingAccount.create({
      data: {
        name: "Sealed",
        channel: "SMS",
        provider: "TWILIO",
        callbackKey: "sealed-key",
        twilioAccountSid: "AC1",
        twilioAuthToken: "s3cret",
      },
      select: { id: true },
    });
    const other = await db.messagingAccount.create({
      data: { name: "Empty", channel: "SMS", provider: "TELESIGN", callbackKey: "empty-key" },
      select: { id: true },
    });

    const statuses = await readSecretStatuses("MessagingAccount", [account.id, other.id]);
    expect(statuses.get(account.id)).toEqual({ stored: ["twilioAuthToken"], unreadable: [], unknownKeyIds: [] });
    expect(statuses.get(other.id)).toEqual({ stored: [], unreadable: [], unknownKeyIds: [] });
    expect(JSON.stringify([...statuses])).not.toContain("s3cret");
    expect(await findAllUnreadableSecrets()).toEqual([]);
  });
});

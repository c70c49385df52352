// The per-number send rate (MPS) against a real database, SQLite and PostgreSQL: slots 1/MPS apart,
// concurrent reservations each get their own, numbers don't share a bucket, an idle number starts now.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { reserveSendSlot, sendRateOf, DEFAULT_MPS } = await import("./send-rate");

afterAll(() => testDatabase.drop());

let sequence = 0;
const numberId = () => `number-${(sequence += 1)}`;
const T0 = Date.parse("2026-01-01T10:00:00Z");

describe("per-number send rate", () => {
  it("spaces one number's sends 1/MPS apart, starting now when the number is idle", async () => {
    const id = numberId();
    const slots = [];
    for (let n = 0; n < 4; n += 1) slots.push(await reserveSendSlot({ numberId: id, messagesPerSecond: 2, nowMs: T0 }));
    expect(slots).toEqual([T0, T0 + 500, T0 + 1000, T0 + 1500]);
  });

  it("gives concurrent reservations distinct slots (no two sends in the same slot)", async () => {
    const id = numberId();
    const slots = await Promise.all(Array.from({ length: 10 }, () => reserveSendSlot({ numberId: id, messagesPerSecond: 1, nowMs: T0 })));
    expect([...slots].sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, n) => T0 + n * 1000));
  });

  it("keeps numbers apart and lets an idle number's bucket drain", async () => {
    const [a, b] = [numberId(), numberId()];
    expect(await reserveSendSlot({ numberId: a, messagesPerSecond: 1, nowMs: T0 })).toBe(T0);
    expect(await reserveSendSlot({ numberId: b, messagesPerSecond: 1, nowMs: T0 })).toBe(T0);
    expect(await reserveSendSlot({ numberId: a, messagesPerSecond: 1, nowMs: T0 })).toBe(T0 + 1000);
    // Ten seconds later the number has been idle: its next send goes at once, not at T0 + 2 s.
    expect(await reserveSendSlot({ numberId: a, messagesPerSecond: 1, nowMs: T0 + 10_000 })).toBe(T0 + 10_000);
  });

  it("uses the admin's rate, else the number type's default", () => {
    expect(sendRateOf({ type: "LONG_CODE", sendRatePerSecond: null }, "SMS")).toBe(DEFAULT_MPS.LONG_CODE);
    expect(sendRateOf({ type: "TOLL_FREE", sendRatePerSecond: null }, "SMS")).toBe(3);
    expect(sendRateOf({ type: "SHORT_CODE", sendRatePerSecond: null }, "SMS")).toBe(30);
    expect(sendRateOf({ type: null, sendRatePerSecond: null }, "WHATSAPP")).toBe(80);
    expect(sendRateOf({ type: "SHORT_CODE", sendRatePerSecond: 12.5 }, "SMS")).toBe(12.5);
  });
});

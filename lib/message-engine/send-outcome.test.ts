import { describe, expect, it } from "vitest";
import { acceptedStatus, recordAcceptedSend, type SendOutcomeStore } from "./send-outcome";
import type { OutboundStatus } from "./status";

/** An in-memory message table with Prisma's unique (provider id) behaviour. */
function memoryStore(existing: Record<string, string> = {}) {
  const rows = new Map<string, { status: OutboundStatus; providerMessageId: string | null }>(
    Object.entries(existing).map(([id, sid]) => [id, { status: "QUEUED", providerMessageId: sid }]),
  );
  const store: SendOutcomeStore = {
    setAccepted: async ({ messageId, providerMessageId, status }) => {
      if ([...rows.entries()].some(([id, row]) => id !== messageId && row.providerMessageId === providerMessageId)) {
        throw Object.assign(new Error("Unique constraint failed on the fields: (`provider`,`providerMessageId`)"), { code: "P2002" });
      }
      rows.set(messageId, { status, providerMessageId });
    },
    setStatus: async ({ messageId, status }) => {
      rows.set(messageId, { status, providerMessageId: rows.get(messageId)?.providerMessageId ?? null });
    },
    findByProviderId: async (sid) => {
      const found = [...rows.entries()].find(([, row]) => row.providerMessageId === sid);
      return found ? { id: found[0] } : null;
    },
  };
  return { store, rows };
}

describe("recordAcceptedSend", () => {
  it("stores the provider's id and the status it gave", async () => {
    const { store, rows } = memoryStore();
    rows.set("ours", { status: "PENDING", providerMessageId: null });
    expect(await recordAcceptedSend(store, "ours", { provider: "TWILIO", providerMessageId: "SM1", providerStatus: "sent" })).toEqual({
      status: "SENT",
      anomaly: null,
    });
    expect(rows.get("ours")).toEqual({ status: "SENT", providerMessageId: "SM1" });
  });

  it("never leaves an accepted message pending when the provider's id belongs to another message", async () => {
    const { store, rows } = memoryStore({ other: "SM1" });
    rows.set("ours", { status: "PENDING", providerMessageId: null });
    const recorded = await recordAcceptedSend(store, "ours", { provider: "TWILIO", providerMessageId: "SM1", providerStatus: "queued" });
    expect(recorded).toEqual({ status: "QUEUED", anomaly: { kind: "providerIdTaken", otherMessageId: "other" } });
    expect(rows.get("ours")).toEqual({ status: "QUEUED", providerMessageId: null });
    expect(rows.get("other")?.providerMessageId).toBe("SM1");
  });

  it("lets other storage errors through", async () => {
    const { store } = memoryStore();
    const broken: SendOutcomeStore = { ...store, setAccepted: async () => Promise.reject(new Error("disk full")) };
    await expect(
      recordAcceptedSend(broken, "ours", { provider: "TELESIGN", providerMessageId: "REF", providerStatus: "290" }),
    ).rejects.toThrow("disk full");
  });
});

describe("acceptedStatus", () => {
  it.each([
    ["TWILIO", "queued", "QUEUED"],
    ["TWILIO", "accepted", "QUEUED"],
    ["TWILIO", "sent", "SENT"],
    ["TWILIO", "failed", "QUEUED"],
    ["TWILIO", "bogus", "QUEUED"],
    ["TELESIGN", "290", "QUEUED"],
    ["TELESIGN", "203", "SENT"],
    ["TELESIGN", "", "QUEUED"],
  ] as const)("%s %j → %s", (provider, providerStatus, expected) => {
    expect(acceptedStatus({ provider, providerStatus })).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { filterParams, isFiltered, messageLogHref, parseMessageLogSearch, replayHeldMessageSchema } from "./message-log.schema";

describe("parseMessageLogSearch", () => {
  it("opens held messages, still held, on the first page by default", () => {
    expect(parseMessageLogSearch({})).toEqual({
      tab: "held",
      filters: { accountId: undefined, reason: undefined, status: "held", after: undefined, before: undefined },
    });
  });

  it("reads the held tab's filters and survives hand-edited values", () => {
    expect(
      parseMessageLogSearch({ tab: "held", accountId: "acc1", reason: "unknownNumber", status: "all", after: "c123" }).filters,
    ).toEqual({
      accountId: "acc1",
      reason: "unknownNumber",
      status: "all",
      after: "c123",
      before: undefined,
    });
    expect(parseMessageLogSearch({ tab: "held", reason: "nonsense", status: "maybe", after: "x".repeat(200) }).filters).toEqual({
      accountId: undefined,
      reason: undefined,
      status: "held",
      after: undefined,
      before: undefined,
    });
    expect(parseMessageLogSearch({ tab: "bogus" }).tab).toBe("held");
  });

  it("treats 'all' and empty selects as no filter on the rejected tab", () => {
    expect(
      parseMessageLogSearch({ tab: "rejected", accountId: "all", outcome: "", reason: "invalidSignature", provider: "TELESIGN" }),
    ).toEqual({
      tab: "rejected",
      filters: {
        accountId: undefined,
        outcome: undefined,
        reason: "invalidSignature",
        provider: "TELESIGN",
        after: undefined,
        before: undefined,
      },
    });
    expect(parseMessageLogSearch({ tab: "rejected", accountId: "unknown", outcome: "accepted", provider: "twilio" }).filters).toMatchObject(
      { accountId: "unknown", outcome: "accepted", provider: undefined },
    );
  });

  it("reads the consent tab's searches, trimmed, and ignores other tabs' filters", () => {
    const search = parseMessageLogSearch({ tab: "consent", status: "optedOut", number: " 1425 ", customer: "", reason: "unknownNumber" });
    expect(search).toEqual({
      tab: "consent",
      filters: { status: "optedOut", number: "1425", customer: undefined, after: undefined, before: undefined },
    });
    expect(parseMessageLogSearch({ tab: "consent", number: "9".repeat(80) }).filters).toMatchObject({ number: undefined });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseMessageLogSearch({ tab: ["rejected", "consent"], outcome: ["failed", "accepted"] })).toMatchObject({
      tab: "rejected",
      filters: { outcome: "failed" },
    });
  });
});

describe("links", () => {
  it("builds Message log links with only the filters that are set", () => {
    expect(messageLogHref("held")).toBe("/channels/message-log?tab=held");
    expect(messageLogHref("held", { accountId: "acc1", status: "all", reason: undefined })).toBe(
      "/channels/message-log?tab=held&accountId=acc1&status=all",
    );
  });

  it("keeps the tab and its filters, not the cursor, for pagination", () => {
    const search = parseMessageLogSearch({ tab: "rejected", outcome: "rejected", after: "c123" });
    expect(filterParams(search)).toEqual({
      tab: "rejected",
      accountId: undefined,
      outcome: "rejected",
      reason: undefined,
      provider: undefined,
    });
  });

  it("knows when a tab is filtered", () => {
    expect(isFiltered(parseMessageLogSearch({}))).toBe(false);
    expect(isFiltered(parseMessageLogSearch({ status: "replayed" }))).toBe(true);
    expect(isFiltered(parseMessageLogSearch({ tab: "rejected", before: "c123" }))).toBe(false);
    expect(isFiltered(parseMessageLogSearch({ tab: "consent", customer: "+1555" }))).toBe(true);
  });
});

describe("replayHeldMessageSchema", () => {
  it("needs a held message id", () => {
    expect(replayHeldMessageSchema.safeParse({ heldMessageId: "clx1" }).success).toBe(true);
    expect(replayHeldMessageSchema.safeParse({ heldMessageId: "  " }).success).toBe(false);
    expect(replayHeldMessageSchema.safeParse({}).success).toBe(false);
  });
});

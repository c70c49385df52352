import { describe, expect, it } from "vitest";
import { failureGroupKey, type FailureGroup } from "./failure-group";

const base: FailureGroup = {
  provider: "TWILIO",
  outcome: "rejected",
  reason: "missingSignature",
  accountId: "acc1",
  remoteAddress: "203.0.113.7",
};

describe("failureGroupKey", () => {
  it("is the same for alike requests, so they are counted on one row", () => {
    expect(failureGroupKey({ ...base })).toBe(failureGroupKey(base));
  });

  it.each([
    ["another source address", { remoteAddress: "203.0.113.8" }],
    ["another reason", { reason: "invalidSignature" }],
    ["another account", { accountId: "acc2" }],
    ["no account (unknown callback key)", { accountId: null }],
    ["another outcome", { outcome: "accepted" }],
    ["another provider", { provider: "TELESIGN" }],
  ])("differs for %s", (_name, change) => {
    expect(failureGroupKey({ ...base, ...change })).not.toBe(failureGroupKey(base));
  });

  it("can't be forged by moving text between fields", () => {
    expect(failureGroupKey({ ...base, accountId: "a", remoteAddress: "b,c" })).not.toBe(
      failureGroupKey({ ...base, accountId: "a,b", remoteAddress: "c" }),
    );
  });
});

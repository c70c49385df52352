import { describe, expect, it } from "vitest";
import { canResend, pendingSendState } from "./send-state";

const pending = { status: "PENDING", errorCode: null, sendAfter: null, awaitingStatusSince: null };

describe("pendingSendState", () => {
  it("says a rate-limited message is retrying, and when", () => {
    expect(pendingSendState({ ...pending, errorCode: "20429", sendAfter: "2026-01-01T10:00:03.000Z" })).toEqual({
      kind: "retrying",
      reason: "rateLimited",
      retryAt: "2026-01-01T10:00:03.000Z",
    });
    expect(pendingSendState({ ...pending, errorCode: "10019", sendAfter: null })).toMatchObject({ reason: "rateLimited" });
    expect(pendingSendState({ ...pending, errorCode: "unreachable", sendAfter: null })).toMatchObject({ reason: "unreachable" });
  });
  it("says a message whose outcome is unknown awaits its status", () => {
    expect(pendingSendState({ ...pending, errorCode: "timeout", awaitingStatusSince: "2026-01-01T10:00:00.000Z" })).toEqual({
      kind: "awaitingStatus",
    });
  });
  it("says nothing about a plain pending message or one that moved on", () => {
    expect(pendingSendState(pending)).toBeNull();
    expect(pendingSendState({ ...pending, status: "QUEUED", errorCode: "20429" })).toBeNull();
  });
});

describe("canResend", () => {
  const failed = (errorCode: string | null) => ({ direction: "OUTBOUND", status: "FAILED", errorCode });
  it("offers a resend when the provider never confirmed or never took the message", () => {
    for (const code of ["noStatusReport", "timeout", "unexpectedResponse", "unreachable", "20429", "http-429", "http-503"])
      expect(canResend(failed(code))).toBe(true);
  });
  it("doesn't for refusals that would fail again, nor for messages that didn't fail", () => {
    for (const code of ["21610", "63016", "21211", "credentials", null]) expect(canResend(failed(code))).toBe(false);
    expect(canResend({ direction: "OUTBOUND", status: "DELIVERED", errorCode: "noStatusReport" })).toBe(false);
    expect(canResend({ direction: "INBOUND", status: "FAILED", errorCode: "timeout" })).toBe(false);
  });
});

// The send job's decisions after a provider didn't take a message: backoff with jitter (a fixed random
// source, no waiting), Retry-After, and which failures may be sent again at all.
import { describe, expect, it } from "vitest";
import { AWAIT_STATUS_MS, backoffMs, decideAfterFailure, isStatusWaitOver, SEND_RETRY } from "./send-retry";
import { failedBeforeSending, parseRetryAfter } from "@/lib/providers/types";

const fixed = (value: number) => () => value;

describe("backoff", () => {
  it("doubles per attempt between half and all of its ceiling, and stops growing at the cap", () => {
    expect(backoffMs(1, fixed(0))).toBe(1_000);
    expect(backoffMs(1, fixed(1))).toBe(2_000);
    expect(backoffMs(2, fixed(1))).toBe(4_000);
    expect(backoffMs(3, fixed(0.5))).toBe(6_000);
    expect(backoffMs(4, fixed(1))).toBe(16_000);
    expect(backoffMs(20, fixed(1))).toBe(SEND_RETRY.capMs);
    expect(backoffMs(20, fixed(0))).toBe(SEND_RETRY.capMs / 2);
  });

  it("spreads messages throttled together: different random draws, different waits", () => {
    const waits = [0, 0.25, 0.5, 0.75].map((value) => backoffMs(3, fixed(value)));
    expect(new Set(waits).size).toBe(4);
    expect(waits).toEqual([4_000, 5_000, 6_000, 7_000]);
  });
});

describe("after a failed send", () => {
  it("retries a rate-limited send after the backoff, or after Retry-After plus a little jitter", () => {
    expect(decideAfterFailure({ kind: "rateLimited", attempt: 1, retryAfterMs: null, random: fixed(1) })).toEqual({
      action: "retry",
      delayMs: 2_000,
    });
    expect(decideAfterFailure({ kind: "rateLimited", attempt: 1, retryAfterMs: 5_000, random: fixed(0) })).toEqual({
      action: "retry",
      delayMs: 5_000,
    });
    expect(decideAfterFailure({ kind: "rateLimited", attempt: 1, retryAfterMs: 5_000, random: fixed(1) })).toEqual({
      action: "retry",
      delayMs: 5_500,
    });
    expect(decideAfterFailure({ kind: "rateLimited", attempt: 1, retryAfterMs: 30_000, random: fixed(1) })).toEqual({
      action: "retry",
      delayMs: 31_000,
    });
  });

  it("retries a send that never left (no connection) with the backoff", () => {
    expect(decideAfterFailure({ kind: "notSent", attempt: 2, retryAfterMs: null, random: fixed(0) })).toEqual({
      action: "retry",
      delayMs: 2_000,
    });
  });

  it("never sends again by itself when the provider may have the message", () => {
    for (const attempt of [1, 2, SEND_RETRY.maxAttempts])
      expect(decideAfterFailure({ kind: "outcomeUnknown", attempt, retryAfterMs: 0, random: fixed(0) })).toEqual({
        action: "awaitStatus",
      });
  });

  it("gives up on refusals at once and on retries after the last attempt", () => {
    expect(decideAfterFailure({ kind: "refused", attempt: 1, retryAfterMs: null, random: fixed(0) })).toEqual({ action: "fail" });
    expect(decideAfterFailure({ kind: "rateLimited", attempt: SEND_RETRY.maxAttempts, retryAfterMs: 1_000, random: fixed(0) })).toEqual({
      action: "fail",
    });
    expect(decideAfterFailure({ kind: "notSent", attempt: SEND_RETRY.maxAttempts - 1, retryAfterMs: null, random: fixed(0) }).action).toBe(
      "retry",
    );
  });

  it("gives up waiting for a status callback after AWAIT_STATUS_MS", () => {
    const since = new Date("2026-01-01T10:00:00Z");
    expect(isStatusWaitOver(since, new Date(since.getTime() + AWAIT_STATUS_MS - 1))).toBe(false);
    expect(isStatusWaitOver(since, new Date(since.getTime() + AWAIT_STATUS_MS))).toBe(true);
  });
});

describe("Retry-After", () => {
  const now = Date.parse("2026-01-01T10:00:00Z");
  it("reads delay-seconds and HTTP dates, clamps the past to zero and caps an hour", () => {
    expect(parseRetryAfter("3", now)).toBe(3_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Thu, 01 Jan 2026 10:00:07 GMT", now)).toBe(7_000);
    expect(parseRetryAfter("Thu, 01 Jan 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("86400", now)).toBe(3_600_000);
  });
  it("ignores what it can't read", () => {
    for (const value of [null, undefined, "", "soon", "-5", "1.5"]) expect(parseRetryAfter(value, now)).toBeNull();
  });
});

describe("before or after sending", () => {
  const fetchFailure = (cause: unknown) => Object.assign(new TypeError("fetch failed"), { cause });
  const system = (code: string) => Object.assign(new Error(code), { code });

  it("counts refused connections, DNS failures and connect timeouts as never sent", () => {
    for (const code of ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT", "EHOSTUNREACH"])
      expect(failedBeforeSending(fetchFailure(system(code)))).toBe(true);
    // Several addresses tried (happy eyeballs): all refused.
    const all = Object.assign(new AggregateError([system("ECONNREFUSED"), system("ECONNREFUSED")]), { code: "ECONNREFUSED" });
    expect(failedBeforeSending(fetchFailure(all))).toBe(true);
  });

  it("counts resets, closed sockets and anything unknown as maybe sent", () => {
    for (const code of ["ECONNRESET", "UND_ERR_SOCKET", "EPIPE", "UND_ERR_HEADERS_TIMEOUT"])
      expect(failedBeforeSending(fetchFailure(system(code)))).toBe(false);
    expect(failedBeforeSending(fetchFailure(new Error("other side closed")))).toBe(false);
    expect(failedBeforeSending(new Error("no cause"))).toBe(false);
    const mixed = new AggregateError([system("ECONNREFUSED"), system("ECONNRESET")]);
    expect(failedBeforeSending(fetchFailure(mixed))).toBe(false);
  });
});

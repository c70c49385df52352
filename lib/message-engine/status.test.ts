import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  OUTBOUND_STATUSES,
  mapTelesignStatus,
  mapTwilioStatus,
  shouldApplyStatus,
  statusCallbackTarget,
  unknownStatusDecision,
  type OutboundStatus,
} from "./status";

const payload = (file: string) => readFileSync(path.resolve(process.cwd(), "test-data/reference/payloads", file), "utf8");

describe("mapTwilioStatus", () => {
  it.each([
    ["accepted", "QUEUED"],
    ["scheduled", "QUEUED"],
    ["queued", "QUEUED"],
    ["sending", "QUEUED"],
    ["sent", "SENT"],
    ["delivered", "DELIVERED"],
    ["read", "READ"],
    ["failed", "FAILED"],
    ["undelivered", "FAILED"],
    ["canceled", "FAILED"],
  ] as const)("%s → %s", (status, expected) => {
    expect(mapTwilioStatus(status)).toBe(expected);
  });

  it.each(["receiving", "received", "partially_delivered", "", "bogus", "cancelled"])("%j → null", (status) => {
    expect(mapTwilioStatus(status)).toBeNull();
  });

  it("tolerates case and whitespace", () => {
    expect(mapTwilioStatus(" Delivered ")).toBe("DELIVERED");
  });

  it.each([
    ["twilio-status-sms-sent.form", "SENT"],
    ["twilio-status-sms-failed-21610.form", "FAILED"],
    ["twilio-status-whatsapp-delivered.form", "DELIVERED"],
    ["twilio-status-whatsapp-sent.form", "SENT"],
    ["twilio-status-messaging-service-sent.form", "SENT"],
  ])("reads MessageStatus of the real payload %s", (file, expected) => {
    expect(mapTwilioStatus(new URLSearchParams(payload(file)).get("MessageStatus") ?? "")).toBe(expected);
  });
});

describe("mapTelesignStatus", () => {
  it.each([
    [290, "QUEUED", false],
    [291, "QUEUED", false],
    [292, "QUEUED", false],
    [295, "QUEUED", false],
    [203, "SENT", false],
    [251, "SENT", true],
    [200, "DELIVERED", true],
  ] as const)("%i → %s (final: %s)", (code, status, isFinal) => {
    expect(mapTelesignStatus(code)).toEqual({ status, isFinal });
  });

  it.each([
    207, 210, 211, 220, 221, 222, 229, 230, 231, 233, 234, 237, 238, 250, 286, 500, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512,
    513, 514, 515,
  ])("%i is a final failure", (code) => {
    expect(mapTelesignStatus(code)).toEqual({ status: "FAILED", isFinal: true });
  });

  it.each([0, 100, 201, 299, 501, 599, 1500, -30000, 10015, Number.NaN])("%i → null", (code) => {
    expect(mapTelesignStatus(code)).toBeNull();
  });

  it.each([
    ["telesign-dlr-delivered.json", { status: "DELIVERED", isFinal: true }],
    ["telesign-dlr-verify-blocked-230.json", { status: "FAILED", isFinal: true }],
    ["telesign-send-response-290.json", { status: "QUEUED", isFinal: false }],
    ["telesign-mo-sms-inbound.json", null],
  ])("reads status.code of the real payload %s", (file, expected) => {
    const body = JSON.parse(payload(file)) as { status: { code: number } };
    expect(mapTelesignStatus(body.status.code)).toEqual(expected);
  });
});

describe("shouldApplyStatus", () => {
  const forward: OutboundStatus[] = ["PENDING", "QUEUED", "SENT", "DELIVERED", "READ"];

  it("moves forward along PENDING < QUEUED < SENT < DELIVERED < READ, skipping steps", () => {
    forward.forEach((current, i) => {
      forward.forEach((next, j) => {
        expect(shouldApplyStatus(current, next), `${current} → ${next}`).toBe(j > i);
      });
    });
  });

  it("never applies the same status twice", () => {
    for (const status of OUTBOUND_STATUSES) expect(shouldApplyStatus(status, status)).toBe(false);
  });

  it("lets a failure replace anything not yet delivered", () => {
    expect(shouldApplyStatus("PENDING", "FAILED")).toBe(true);
    expect(shouldApplyStatus("QUEUED", "FAILED")).toBe(true);
    expect(shouldApplyStatus("SENT", "FAILED")).toBe(true);
    expect(shouldApplyStatus("DELIVERED", "FAILED")).toBe(false);
    expect(shouldApplyStatus("READ", "FAILED")).toBe(false);
  });

  it("keeps FAILED final", () => {
    for (const next of OUTBOUND_STATUSES) expect(shouldApplyStatus("FAILED", next), next).toBe(false);
  });

  it("ignores a late 'sent' after 'delivered', and an 'undelivered' after 'read'", () => {
    expect(shouldApplyStatus("DELIVERED", mapTwilioStatus("sent")!)).toBe(false);
    expect(shouldApplyStatus("READ", mapTwilioStatus("undelivered")!)).toBe(false);
    expect(shouldApplyStatus("SENT", mapTwilioStatus("undelivered")!)).toBe(true);
  });
});

describe("statusCallbackTarget", () => {
  it("applies a status to a message of the receiving account", () => {
    expect(statusCallbackTarget({ accountId: "acc-a" }, "acc-a")).toBe("apply");
  });

  it("refuses a status whose SID belongs to a message of another account", () => {
    expect(statusCallbackTarget({ accountId: "acc-a" }, "acc-b")).toBe("otherAccount");
  });

  it("says when no message has the SID", () => {
    expect(statusCallbackTarget(null, "acc-a")).toBe("missing");
  });
});

describe("unknownStatusDecision", () => {
  const base = { sendInFlight: true, waitedMs: 1_000, maxWaitMs: 60_000, attempts: 0, maxAttempts: 5 };

  it("waits while a send through the account may still be storing its SID", () => {
    expect(unknownStatusDecision(base)).toBe("retryLater");
  });

  it("gives up at once when no send is in flight: the SID can't be one of ours arriving late", () => {
    expect(unknownStatusDecision({ ...base, sendInFlight: false })).toBe("giveUp");
  });

  it("gives up once the wait is over", () => {
    expect(unknownStatusDecision({ ...base, waitedMs: 60_000 })).toBe("giveUp");
  });

  it("gives up on the last attempt instead of being dropped silently by the inbound queue", () => {
    expect(unknownStatusDecision({ ...base, attempts: 3 })).toBe("retryLater");
    expect(unknownStatusDecision({ ...base, attempts: 4 })).toBe("giveUp");
  });
});

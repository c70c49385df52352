import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BOT_SIGNATURE_HEADER, BOT_TIMESTAMP_HEADER, signBotRequest, verifyBotRequest } from "./signature";

const secret = "sbbot_test-secret";
const body = JSON.stringify({ message: { text: "Où est mon colis ? 📦" } });
const now = new Date("2026-12-03T12:00:00.000Z");

function signed(at = now, text = body, key = secret) {
  const headers = signBotRequest({ secret: key, body: text, now: at });
  return { timestamp: headers[BOT_TIMESTAMP_HEADER], signature: headers[BOT_SIGNATURE_HEADER] };
}

describe("signBotRequest", () => {
  it("signs '<unix seconds>.<body>' with HMAC-SHA256, hex, as v1=…", () => {
    const { timestamp, signature } = signed();
    expect(timestamp).toBe("1796299200");
    const expected = createHmac("sha256", secret).update(`1796299200.${body}`).digest("hex");
    expect(signature).toBe(`v1=${expected}`);
  });
});

describe("verifyBotRequest", () => {
  const verify = (
    headers: { timestamp: string | undefined; signature: string | undefined },
    options: { at?: Date; text?: string; key?: string } = {},
  ) => verifyBotRequest({ secret: options.key ?? secret, body: options.text ?? body, now: options.at ?? now, ...headers });

  it("accepts what Switchboard signed, within five minutes either way", () => {
    expect(verify(signed())).toEqual({ ok: true });
    expect(verify(signed(), { at: new Date(now.getTime() + 300_000) })).toEqual({ ok: true });
    expect(verify(signed(), { at: new Date(now.getTime() - 300_000) })).toEqual({ ok: true });
  });

  it("refuses a replay after the window, and a timestamp from the future", () => {
    expect(verify(signed(), { at: new Date(now.getTime() + 301_000) })).toEqual({ ok: false, reason: "stale" });
    expect(verify(signed(), { at: new Date(now.getTime() - 301_000) })).toEqual({ ok: false, reason: "stale" });
  });

  it("refuses a changed body, a changed timestamp and another secret", () => {
    expect(verify(signed(), { text: body.replace("colis", "colis!") })).toEqual({ ok: false, reason: "mismatch" });
    const { signature } = signed();
    expect(verify({ timestamp: "1796299201", signature })).toEqual({ ok: false, reason: "mismatch" });
    expect(verify(signed(), { key: "sbbot_other" })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses missing and malformed headers", () => {
    expect(verify({ timestamp: undefined, signature: signed().signature })).toEqual({ ok: false, reason: "missing" });
    expect(verify({ timestamp: signed().timestamp, signature: "" })).toEqual({ ok: false, reason: "missing" });
    expect(verify({ timestamp: "12:00", signature: signed().signature })).toEqual({ ok: false, reason: "malformed" });
    expect(verify({ timestamp: signed().timestamp, signature: signed().signature!.replace("v1=", "v2=") })).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verify({ timestamp: signed().timestamp, signature: "v1=abc" })).toEqual({ ok: false, reason: "malformed" });
  });
});

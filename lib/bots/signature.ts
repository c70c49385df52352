// How Switchboard signs what it sends a workstream's bot, and how a bot checks it (decision 028):
// HMAC-SHA256 with the bot's secret over "<timestamp>.<raw body>", hex, in X-Switchboard-Signature as
// "v1=<hex>"; the Unix time in seconds in X-Switchboard-Timestamp. A bot refuses a signature that doesn't
// match and a timestamp more than five minutes from its clock (a captured request can't be replayed
// later). Pure, so the fake bot of the e2e suite verifies with the same code a real bot would write.
import { createHmac, timingSafeEqual } from "node:crypto";

export const BOT_TIMESTAMP_HEADER = "X-Switchboard-Timestamp";
export const BOT_SIGNATURE_HEADER = "X-Switchboard-Signature";
/** How far a request's timestamp may be from the bot's clock, either way. */
export const BOT_TIMESTAMP_TOLERANCE_SECONDS = 300;

const VERSION = "v1";

function digest(secret: string, timestamp: string, body: string): Buffer {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest();
}

/** The two headers for one request: `now` in whole seconds. */
export function signBotRequest(options: { secret: string; body: string; now: Date }): Record<string, string> {
  const timestamp = String(Math.floor(options.now.getTime() / 1000));
  return {
    [BOT_TIMESTAMP_HEADER]: timestamp,
    [BOT_SIGNATURE_HEADER]: `${VERSION}=${digest(options.secret, timestamp, options.body).toString("hex")}`,
  };
}

export type BotSignatureCheck = { ok: true } | { ok: false; reason: "missing" | "malformed" | "stale" | "mismatch" };

/** What a bot does with a request: the headers as received (any case), the raw body, its own clock. */
export function verifyBotRequest(options: {
  secret: string;
  body: string;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  now: Date;
  toleranceSeconds?: number;
}): BotSignatureCheck {
  const { timestamp, signature } = options;
  if (!timestamp || !signature) return { ok: false, reason: "missing" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed" };
  const tolerance = options.toleranceSeconds ?? BOT_TIMESTAMP_TOLERANCE_SECONDS;
  if (Math.abs(Math.floor(options.now.getTime() / 1000) - Number(timestamp)) > tolerance) return { ok: false, reason: "stale" };
  const match = /^v1=([0-9a-f]{64})$/i.exec(signature.trim());
  if (!match) return { ok: false, reason: "malformed" };
  return timingSafeEqual(Buffer.from(match[1]!, "hex"), digest(options.secret, timestamp, options.body))
    ? { ok: true }
    : { ok: false, reason: "mismatch" };
}

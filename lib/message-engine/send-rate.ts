// Per-number send rate (MPS, decision 033): a number's queued outbound drains at most at its messages
// per second, however many instances send. One SendRateSlot row per number holds the next free slot
// (GCRA, a token bucket without a refill loop); a send reserves its slot with a single atomic upsert,
// so concurrent reservations on any instance each get a slot of their own. The same statement runs on
// SQLite (one process, writes serialised) and PostgreSQL (the row lock serialises the cluster).
import "server-only";
import { db } from "@/lib/db";

/**
 * Defaults per number type, after the carriers' and Twilio's usual throughput: a 10DLC/long code
 * sends about 1 message per second, toll-free 3, a short code 30; a WhatsApp sender 80.
 */
export const DEFAULT_MPS = { LONG_CODE: 1, GEO: 1, MOBILE: 1, TOLL_FREE: 3, SHORT_CODE: 30, WHATSAPP: 80 } as const;
export const MAX_MPS = 1_000;

/** The rate a number drains at: the admin's, else its type's default (WhatsApp numbers have no type). */
export function sendRateOf(number: { type: string | null; sendRatePerSecond: number | null }, channel: "SMS" | "WHATSAPP"): number {
  if (number.sendRatePerSecond && number.sendRatePerSecond > 0) return Math.min(number.sendRatePerSecond, MAX_MPS);
  if (channel === "WHATSAPP") return DEFAULT_MPS.WHATSAPP;
  return DEFAULT_MPS[(number.type ?? "LONG_CODE") as keyof typeof DEFAULT_MPS] ?? DEFAULT_MPS.LONG_CODE;
}

/**
 * Reserves the number's next send slot at `messagesPerSecond`, at or after `nowMs`: the instant (epoch
 * ms) the message may go out. Consecutive reservations are 1000 / MPS ms apart; an idle number's
 * next reservation is `nowMs` itself.
 */
export async function reserveSendSlot(options: { numberId: string; messagesPerSecond: number; nowMs: number }): Promise<number> {
  const interval = 1000 / Math.min(Math.max(options.messagesPerSecond, 0.001), MAX_MPS);
  const { nowMs, numberId } = options;
  const rows = await db.$queryRaw<{ nextAtMs: number }[]>`
    INSERT INTO "SendRateSlot" ("numberId", "nextAtMs") VALUES (${numberId}, ${nowMs + interval})
    ON CONFLICT ("numberId") DO UPDATE SET "nextAtMs" =
      (CASE WHEN "SendRateSlot"."nextAtMs" > ${nowMs} THEN "SendRateSlot"."nextAtMs" ELSE ${nowMs} END) + ${interval}
    RETURNING "nextAtMs"`;
  const next = Number(rows[0]?.nextAtMs ?? nowMs + interval);
  return next - interval;
}

// The durable inbox between the callback URLs and the message flow. A webhook stores the
// authenticated request and answers at once; the work (routing, conversations, automated replies,
// provider calls) runs afterwards, one event at a time, so a slow provider or a burst of traffic
// never holds a webhook response. Events left unprocessed by a restart are picked up on start.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { processInboundEvent } from "./process-event";

export type StoredEvent = { accountId: string; provider: "TWILIO" | "TELESIGN"; kind: "message" | "status" | "other"; dedupeKey: string; payload: string };

/** Stores an event; a provider's retry of the same message (or status) stores nothing new. */
export async function storeInboundEvent(event: StoredEvent): Promise<{ duplicate: boolean }> {
  try {
    await db.inboundEvent.create({ data: event, select: { id: true } });
    return { duplicate: false };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { duplicate: true };
    throw error;
  }
}

const BATCH = 25;
const MAX_ATTEMPTS = 5;
// Route handlers and instrumentation can be separate module instances in one process.
const state = globalThis as typeof globalThis & { __sbInbox?: { running: Promise<void> | null; again: boolean; timer: NodeJS.Timeout | null; firstRequestAt: number | null; lastRequestAt: number } };
const inbox = (state.__sbInbox ??= { running: null, again: false, timer: null, firstRequestAt: null, lastRequestAt: 0 });

/**
 * Asks for a drain soon. During a burst the drain waits until requests pause (QUIET_MS), but never
 * longer than MAX_WAIT_MS after the first request, so webhooks get the CPU first and processing still
 * keeps up.
 */
const QUIET_MS = 40;
const YIELD_MS = 20;
const MAX_WAIT_MS = 1_000;
export function scheduleInboxProcessing() {
  inbox.lastRequestAt = Date.now();
  if (inbox.running) {
    inbox.again = true;
    return;
  }
  const now = Date.now();
  inbox.firstRequestAt ??= now;
  if (inbox.timer) clearTimeout(inbox.timer);
  const wait = Math.max(0, Math.min(QUIET_MS, inbox.firstRequestAt + MAX_WAIT_MS - now));
  inbox.timer = setTimeout(() => {
    inbox.timer = null;
    inbox.firstRequestAt = null;
    void drainInbox();
  }, wait);
  inbox.timer.unref?.();
}

/** Processes pending events in arrival order until none is left. Single-flight per process. */
export function drainInbox(): Promise<void> {
  if (inbox.running) {
    inbox.again = true;
    return inbox.running;
  }
  inbox.running = (async () => {
    try {
      do {
        inbox.again = false;
        for (;;) {
          const events = await db.inboundEvent.findMany({
            where: { processedAt: null, attempts: { lt: MAX_ATTEMPTS }, OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: new Date() } }] },
            orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
            take: BATCH,
            select: { id: true, accountId: true, provider: true, kind: true, payload: true, attempts: true, receivedAt: true },
          });
          if (events.length === 0) break;
          for (const event of events) {
            await processOne(event);
            // Webhooks come first: while requests are arriving, pause briefly between events.
            const busy = Date.now() - inbox.lastRequestAt < QUIET_MS;
            await new Promise((resolve) => (busy ? setTimeout(resolve, YIELD_MS) : setImmediate(resolve)));
          }
        }
      } while (inbox.again);
    } catch (error) {
      logger.error("inbox drain failed", { error });
    } finally {
      inbox.running = null;
    }
  })();
  return inbox.running;
}

type PendingEvent = { id: string; accountId: string; provider: "TWILIO" | "TELESIGN"; kind: string; payload: string; attempts: number; receivedAt: Date };

async function processOne(event: PendingEvent): Promise<void> {
  try {
    const outcome = await processInboundEvent(event);
    if (outcome === "retryLater") {
      await db.inboundEvent.update({ where: { id: event.id }, data: { attempts: { increment: 1 }, nextAttemptAt: backoff(event.attempts), lastError: "waiting for the message it refers to" }, select: { id: true } });
      return;
    }
    await db.inboundEvent.update({ where: { id: event.id }, data: { processedAt: new Date(), attempts: { increment: 1 }, lastError: null }, select: { id: true } });
  } catch (error) {
    logger.error("inbound event failed", { eventId: event.id, kind: event.kind, error });
    const attempts = event.attempts + 1;
    await db.inboundEvent.update({
      where: { id: event.id },
      data: { attempts, nextAttemptAt: backoff(event.attempts), lastError: error instanceof Error ? error.name : "error" },
      select: { id: true },
    });
    if (attempts >= MAX_ATTEMPTS) await recordProcessingFailure(event);
  }
}

/** 2 s, 4 s, 8 s, 16 s: the periodic worker tick picks retries up. */
const backoff = (attempts: number) => new Date(Date.now() + 2000 * 2 ** attempts);

async function recordProcessingFailure(event: PendingEvent) {
  await db.webhookFailure.create({
    data: { accountId: event.accountId, provider: event.provider, outcome: "failed", reason: "processingFailed", path: `(${event.kind})`, bodyExcerpt: event.payload.slice(0, 2000) },
    select: { id: true },
  });
}

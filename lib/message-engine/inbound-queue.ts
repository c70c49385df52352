// The durable inbound queue between the callback URLs and the message flow. A webhook stores the
// authenticated request and answers at once; the work (routing, conversations, automated replies,
// provider calls) runs afterwards, one event at a time, so a slow provider or a burst of traffic
// never holds a webhook response. Events left unprocessed by a restart are picked up on start.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { deleteInBatches } from "@/lib/retention/batches";
import { saveWebhookFailure } from "@/lib/callbacks/failures";
import { processInboundEvent } from "./process-event";

export type StoredEvent = {
  accountId: string;
  provider: "TWILIO" | "TELESIGN";
  kind: "message" | "status" | "other";
  dedupeKey: string;
  payload: string;
};

type StoreOutcome = "stored" | "duplicate" | "accountGone";
type Pending = {
  id: string;
  event: StoredEvent;
  receivedAt: string;
  resolve: (outcome: StoreOutcome) => void;
  reject: (error: unknown) => void;
};

// Group commit: webhooks that arrive in the same turn of the event loop share one INSERT (one SQLite
// commit) instead of one each. Every request still waits for its own row to be committed before it is
// answered; under light traffic a group is just one row.
const groupHolder = globalThis as typeof globalThis & { __sbInboundGroup?: { pending: Pending[]; scheduled: boolean } };
const group = (groupHolder.__sbInboundGroup ??= { pending: [], scheduled: false });

/**
 * Stores an event; a provider's retry of the same message (or status) stores nothing new.
 * "accountGone": the account was deleted between authentication and storage.
 */
export function storeInboundEvent(event: StoredEvent): Promise<StoreOutcome> {
  return new Promise((resolve, reject) => {
    // DateTime in the format Prisma itself writes, so Prisma reads and orders these rows like its own.
    group.pending.push({
      id: `ev${randomBytes(12).toString("hex")}`,
      event,
      receivedAt: new Date().toISOString().replace("Z", "+00:00"),
      resolve,
      reject,
    });
    if (!group.scheduled) {
      group.scheduled = true;
      setImmediate(() => void flushGroup());
    }
  });
}

async function flushGroup() {
  const batch = group.pending.splice(0, 200);
  group.scheduled = group.pending.length > 0;
  if (group.scheduled) setImmediate(() => void flushGroup());
  try {
    const inserted = await insertEvents(batch);
    for (const item of batch) item.resolve(inserted.has(item.id) ? "stored" : "duplicate");
  } catch {
    // One bad row (an account deleted meanwhile) fails the whole statement: store the rows one by one.
    for (const item of batch) {
      try {
        item.resolve((await insertEvents([item])).has(item.id) ? "stored" : "duplicate");
      } catch (error) {
        if (error instanceof Error && /FOREIGN KEY/i.test(`${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? "")}`))
          item.resolve("accountGone");
        else item.reject(error);
      }
    }
  }
}

/** One INSERT … ON CONFLICT DO NOTHING RETURNING id: the ids that were new. */
async function insertEvents(batch: Pending[]): Promise<Set<string>> {
  const rows = batch.map(
    ({ id, event, receivedAt }) =>
      Prisma.sql`(${id}, ${event.accountId}, ${event.provider}, ${event.kind}, ${event.dedupeKey}, ${event.payload}, ${receivedAt}, 0)`,
  );
  const inserted = await db.$queryRaw<
    { id: string }[]
  >`INSERT INTO "InboundEvent" ("id", "accountId", "provider", "kind", "dedupeKey", "payload", "receivedAt", "attempts")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("provider", "dedupeKey") DO NOTHING
    RETURNING "id"`;
  return new Set(inserted.map((row) => row.id));
}

const BATCH = 25;
const MAX_ATTEMPTS = 5;
// Route handlers and instrumentation can be separate module instances in one process.
const state = globalThis as typeof globalThis & {
  __sbInboundQueue?: {
    running: Promise<void> | null;
    again: boolean;
    timer: NodeJS.Timeout | null;
    firstRequestAt: number | null;
    lastRequestAt: number;
  };
};
const queueState = (state.__sbInboundQueue ??= { running: null, again: false, timer: null, firstRequestAt: null, lastRequestAt: 0 });

/**
 * Asks for a drain soon. During a burst the drain waits until requests pause (QUIET_MS), but never
 * longer than MAX_WAIT_MS after the first request, so webhooks get the CPU first and processing still
 * keeps up.
 */
const QUIET_MS = 40;
const YIELD_MS = 100;
const MAX_LAG_MS = 30_000;
const MAX_WAIT_MS = 1_000;
export function scheduleInboundProcessing() {
  queueState.lastRequestAt = Date.now();
  if (queueState.running) {
    queueState.again = true;
    return;
  }
  const now = Date.now();
  queueState.firstRequestAt ??= now;
  if (queueState.timer) clearTimeout(queueState.timer);
  const wait = Math.max(0, Math.min(QUIET_MS, queueState.firstRequestAt + MAX_WAIT_MS - now));
  queueState.timer = setTimeout(() => {
    queueState.timer = null;
    queueState.firstRequestAt = null;
    void drainInboundQueue();
  }, wait);
  queueState.timer.unref?.();
}

/** Processes pending events in arrival order until none is left. Single-flight per process. */
export function drainInboundQueue(): Promise<void> {
  if (queueState.running) {
    queueState.again = true;
    return queueState.running;
  }
  queueState.running = (async () => {
    try {
      do {
        queueState.again = false;
        for (;;) {
          const events = await db.inboundEvent.findMany({
            where: {
              processedAt: null,
              attempts: { lt: MAX_ATTEMPTS },
              OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: new Date() } }],
            },
            orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
            take: BATCH,
            select: { id: true, accountId: true, provider: true, kind: true, payload: true, attempts: true, receivedAt: true },
          });
          if (events.length === 0) break;
          const done: string[] = [];
          for (const event of events) {
            if (await processOne(event)) done.push(event.id);
            // Webhooks come first: while requests are arriving, pause between events — unless the
            // backlog has grown old, so processing never lags a sustained burst by more than MAX_LAG_MS.
            const busy = Date.now() - queueState.lastRequestAt < QUIET_MS && Date.now() - event.receivedAt.getTime() < MAX_LAG_MS;
            await new Promise((resolve) => (busy ? setTimeout(resolve, YIELD_MS) : setImmediate(resolve)));
          }
          // One write for the batch: processing is idempotent (message ids are unique, statuses never
          // go backwards), so a crash before this line only means the batch is looked at again.
          if (done.length > 0)
            await db.inboundEvent.updateMany({ where: { id: { in: done } }, data: { processedAt: new Date(), lastError: null } });
        }
      } while (queueState.again);
    } catch (error) {
      logger.error("inbound queue drain failed", { error });
    } finally {
      queueState.running = null;
    }
  })();
  return queueState.running;
}

type PendingEvent = {
  id: string;
  accountId: string;
  provider: "TWILIO" | "TELESIGN";
  kind: string;
  payload: string;
  attempts: number;
  receivedAt: Date;
};

/** true when the event is done (the caller marks it processed); retries and failures are recorded here. */
async function processOne(event: PendingEvent): Promise<boolean> {
  try {
    const outcome = await processInboundEvent({ ...event, maxAttempts: MAX_ATTEMPTS });
    if (outcome === "unknownStatusMessage" || outcome === "statusForOtherAccount") {
      await recordUnappliedStatus(event, outcome);
      return true;
    }
    if (outcome === "retryLater") {
      await db.inboundEvent.update({
        where: { id: event.id },
        data: { attempts: { increment: 1 }, nextAttemptAt: backoff(event.attempts), lastError: "waiting for the message it refers to" },
        select: { id: true },
      });
      return false;
    }
    return true;
  } catch (error) {
    logger.error("inbound event failed", { eventId: event.id, kind: event.kind, error });
    const attempts = event.attempts + 1;
    await db.inboundEvent.update({
      where: { id: event.id },
      data: { attempts, nextAttemptAt: backoff(event.attempts), lastError: error instanceof Error ? error.name : "error" },
      select: { id: true },
    });
    if (attempts >= MAX_ATTEMPTS) await recordProcessingFailure(event);
    return false;
  }
}

/** 2 s, 4 s, 8 s, 16 s: the periodic worker tick picks retries up. */
const backoff = (attempts: number) => new Date(Date.now() + 2000 * 2 ** attempts);

function recordProcessingFailure(event: PendingEvent) {
  return saveWebhookFailure({
    accountId: event.accountId,
    provider: event.provider,
    outcome: "failed",
    reason: "processingFailed",
    path: `(${event.kind})`,
    remoteAddress: null,
    userAgent: null,
    bodyExcerpt: event.payload,
  });
}

/** A status callback that changed nothing is listed (Rejected tab, "Not applied") instead of vanishing. */
function recordUnappliedStatus(event: PendingEvent, reason: "unknownStatusMessage" | "statusForOtherAccount") {
  return saveWebhookFailure({
    accountId: event.accountId,
    provider: event.provider,
    outcome: "notApplied",
    reason,
    path: `(${event.kind})`,
    remoteAddress: null,
    userAgent: null,
    bodyExcerpt: event.payload,
  });
}

/**
 * Drops processed events received before `before` (RETENTION_DAYS), in batches. Their message, if any,
 * lives on in its conversation; a provider retry comes within hours, long before this.
 */
export function pruneProcessedInboundEvents({ before }: { before: Date }): Promise<number> {
  return deleteInBatches({
    findIds: async (take) =>
      (
        await db.inboundEvent.findMany({
          where: { processedAt: { not: null, lt: before } },
          orderBy: { processedAt: "asc" },
          take,
          select: { id: true },
        })
      ).map((row) => row.id),
    deleteIds: async (ids) => (await db.inboundEvent.deleteMany({ where: { id: { in: ids } } })).count,
  });
}

// The durable inbound queue between the callback URLs and the message flow. A webhook stores the
// authenticated request (one InboundEvent per provider message id, group-committed) and queues an
// "inbound" job keyed by the conversation (order-keys.ts), then answers; the job engine
// (lib/jobs, decision 017) runs the routing afterwards — one conversation's events in arrival order,
// different conversations in parallel. A retried event waits in its key; after the last attempt it is
// listed in the Message log ("Processing failed") with Retry, and the next event of its key runs.
import "server-only";
import { randomBytes } from "node:crypto";
import { db, sqliteConnectionOf, type RawSqlite } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { deleteInBatches } from "@/lib/retention/batches";
import { saveWebhookFailure } from "@/lib/callbacks/failures";
import { getJobEngine } from "@/lib/jobs/engine";
import type { LocalJobEngine } from "@/lib/jobs/local-engine";
import type { JobContext, SendOptions } from "@/lib/jobs/types";
import type { ParsedCallback } from "./inbound-parse";
import { inboundOrderKey } from "./order-keys";
import { parseStoredPayload, processInboundEvent, type ProcessOutcome } from "./process-event";

export type StoredEvent = {
  accountId: string;
  provider: "TWILIO" | "TELESIGN";
  kind: "message" | "status" | "other";
  dedupeKey: string;
  payload: string;
  /** Our outbound message id from the signed callback URL (Twilio status callbacks), kept beside the raw body. */
  outboundMessageId?: string | null;
};

type StoreOutcome = "stored" | "duplicate" | "accountGone";
/** `queued`: the event's inbound job was committed with it (the embedded engine on SQLite, decision 045). */
type Stored = { outcome: StoreOutcome; id: string; queued: boolean };
type Pending = {
  id: string;
  event: StoredEvent;
  /** Given when the caller wants the event's job written in the same transaction (acceptInboundEvent). */
  job?: { parsed: ParsedCallback };
  receivedAt: string;
  resolve: (stored: Stored) => void;
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
export function storeInboundEvent(event: StoredEvent, job?: { parsed: ParsedCallback }): Promise<Stored> {
  return new Promise((resolve, reject) => {
    // DateTime in the format Prisma itself writes, so Prisma reads and orders these rows like its own.
    group.pending.push({
      id: `ev${randomBytes(12).toString("hex")}`,
      event,
      job,
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
  const engine = getJobEngine();
  const connection = engine.kind === "local" ? sqliteConnectionOf(db) : null;
  // Never inside someone else's open transaction (an interactive one awaiting its next statement): an
  // acknowledged row must be committed, not wait on a COMMIT that may not come. It ends within a turn or two.
  if (connection?.inTransaction) return void setImmediate(() => void flushGroup());
  const batch = group.pending.splice(0, 200);
  group.scheduled = group.pending.length > 0;
  if (group.scheduled) setImmediate(() => void flushGroup());
  if (connection) {
    try {
      const stored = storeWithJobs(connection, engine as LocalJobEngine, batch);
      for (const item of batch)
        item.resolve({ outcome: stored.has(item.id) ? "stored" : "duplicate", id: item.id, queued: stored.has(item.id) && !!item.job });
      return;
    } catch {
      // Rolled back as a whole (e.g. an account deleted meanwhile): the rows one by one below.
    }
  }
  try {
    const inserted = await insertEvents(batch);
    for (const item of batch) item.resolve({ outcome: inserted.has(item.id) ? "stored" : "duplicate", id: item.id, queued: false });
  } catch {
    // One bad row (an account deleted meanwhile) fails the whole statement: store the rows one by one.
    for (const item of batch) {
      try {
        item.resolve({ outcome: (await insertEvents([item])).has(item.id) ? "stored" : "duplicate", id: item.id, queued: false });
      } catch (error) {
        if (error instanceof Error && /FOREIGN KEY/i.test(`${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? "")}`))
          item.resolve({ outcome: "accountGone", id: item.id, queued: false });
        else item.reject(error);
      }
    }
  }
}

/**
 * The embedded engine on SQLite (decision 045): the group's events and the inbound jobs of the new ones in
 * one synchronous transaction on the connection itself — one commit, no Prisma query to build, and the
 * request waits one turn instead of two. Returns the ids that were new; throws (nothing written) if any
 * row fails.
 */
function storeWithJobs(connection: RawSqlite, engine: LocalJobEngine, batch: Pending[]): Set<string> {
  const insert = connection.prepare(
    `INSERT INTO "InboundEvent" ("id", "accountId", "provider", "kind", "dedupeKey", "payload", "receivedAt", "attempts", "outboundMessageId")
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)
     ON CONFLICT ("provider", "dedupeKey") DO NOTHING
     RETURNING "id"`,
  );
  let schedule = () => [] as string[];
  const stored = connection.transaction(() => {
    const inserted = batch.filter(
      ({ id, event, receivedAt }) =>
        insert
          .bind([
            id,
            event.accountId,
            event.provider,
            event.kind,
            event.dedupeKey,
            event.payload,
            receivedAt,
            event.outboundMessageId ?? null,
          ])
          .raw()
          .all().length > 0,
    );
    schedule = engine.insertWithin(
      connection,
      inserted.flatMap((item) =>
        item.job ? [inboundJob({ eventId: item.id, accountId: item.event.accountId, parsed: item.job.parsed, isFirst: true })] : [],
      ),
    );
    return new Set(inserted.map((item) => item.id));
  })();
  schedule();
  return stored;
}

/** One INSERT … ON CONFLICT DO NOTHING RETURNING id: the ids that were new. */
async function insertEvents(batch: Pending[]): Promise<Set<string>> {
  const rows = batch.map(
    ({ id, event, receivedAt }) =>
      Prisma.sql`(${id}, ${event.accountId}, ${event.provider}, ${event.kind}, ${event.dedupeKey}, ${event.payload}, ${receivedAt}, 0, ${event.outboundMessageId ?? null})`,
  );
  const inserted = await db.$queryRaw<
    { id: string }[]
  >`INSERT INTO "InboundEvent" ("id", "accountId", "provider", "kind", "dedupeKey", "payload", "receivedAt", "attempts", "outboundMessageId")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("provider", "dedupeKey") DO NOTHING
    RETURNING "id"`;
  return new Set(inserted.map((row) => row.id));
}

export const INBOUND_QUEUE = "inbound";
export const INBOUND_RETRY_LIMIT = 5;
export type InboundJob = { eventId: string };

/** Thrown to have the job engine try an event again later (a status waiting for its send). */
class RetryLater extends Error {
  override name = "RetryLater";
}

/**
 * Stores a callback and queues its processing; resolves once both are durable, so the provider is
 * answered only then. A provider's retry of an event still waiting queues nothing new (singleton),
 * and re-queues one whose job was lost between the two writes.
 */
export async function acceptInboundEvent(event: StoredEvent & { parsed: ParsedCallback }): Promise<StoreOutcome> {
  const { parsed, ...stored } = event;
  const result = await storeInboundEvent(stored, { parsed });
  if (result.outcome === "accountGone") return result.outcome;
  if (result.outcome === "stored") {
    if (!result.queued) await queueInboundEvent({ eventId: result.id, accountId: event.accountId, parsed, isFirst: true });
    return "stored";
  }
  const existing = await db.inboundEvent.findUnique({
    where: { provider_dedupeKey: { provider: event.provider, dedupeKey: event.dedupeKey } },
    select: { id: true, processedAt: true, failedAt: true },
  });
  if (existing && !existing.processedAt && !existing.failedAt)
    await queueInboundEvent({ eventId: existing.id, accountId: event.accountId, parsed });
  return "duplicate";
}

type QueueOptions = {
  eventId: string;
  accountId: string;
  parsed: ParsedCallback | null;
  /** A new event has no job yet: no singleton check on the hot path. */
  isFirst?: boolean;
};

function inboundJob(options: QueueOptions): { queue: string; payload: InboundJob; options: SendOptions } {
  return {
    queue: INBOUND_QUEUE,
    payload: { eventId: options.eventId },
    options: {
      orderKey: options.parsed ? inboundOrderKey(options.accountId, options.parsed) : undefined,
      singletonKey: options.isFirst ? undefined : `inbound:${options.eventId}`,
      retryLimit: INBOUND_RETRY_LIMIT,
      retryDelaySeconds: 2,
    },
  };
}

export async function queueInboundEvent(options: QueueOptions) {
  const job = inboundJob(options);
  await getJobEngine().send<InboundJob>(job.queue, job.payload, job.options);
}

/** The inbound job: processes one stored event, at most once to completion (processing is idempotent). */
export async function processInboundJob({ eventId }: InboundJob, context: JobContext): Promise<void> {
  const event = await db.inboundEvent.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      accountId: true,
      provider: true,
      kind: true,
      payload: true,
      outboundMessageId: true,
      receivedAt: true,
      processedAt: true,
      failedAt: true,
    },
  });
  if (!event || event.processedAt || event.failedAt) return;
  const parsed = parseStoredPayload(event.provider, event.payload);
  let outcome: ProcessOutcome;
  try {
    outcome = await processInboundEvent({
      ...event,
      attempts: context.attempt - 1,
      maxAttempts: INBOUND_RETRY_LIMIT,
      // A status keyed behind its conversation's sends already waited for them (order-keys.ts).
      statusKeyedBehindSends: parsed ? inboundOrderKey(event.accountId, parsed) !== undefined : false,
    });
  } catch (error) {
    logger.error("inbound event failed", { eventId: event.id, kind: event.kind, attempt: context.attempt, error });
    await db.inboundEvent.update({
      where: { id: event.id },
      data: {
        attempts: context.attempt,
        lastError: error instanceof Error ? error.name : "error",
        ...(context.isLastAttempt ? { failedAt: new Date() } : {}),
      },
      select: { id: true },
    });
    if (context.isLastAttempt) await recordProcessingFailure(event);
    throw error;
  }
  if (outcome === "retryLater") {
    await db.inboundEvent.update({
      where: { id: event.id },
      data: { attempts: context.attempt, lastError: "waiting for the message it refers to" },
      select: { id: true },
    });
    throw new RetryLater("waiting for the message it refers to");
  }
  if (outcome === "unknownStatusMessage" || outcome === "statusForOtherAccount") await recordUnappliedStatus(event, outcome);
  await db.inboundEvent.update({ where: { id: event.id }, data: { processedAt: new Date(), lastError: null }, select: { id: true } });
}

type FailedEvent = { id: string; accountId: string; provider: "TWILIO" | "TELESIGN"; kind: string; payload: string };

function recordProcessingFailure(event: FailedEvent) {
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
function recordUnappliedStatus(event: FailedEvent, reason: "unknownStatusMessage" | "statusForOtherAccount") {
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

/** An administrator's Retry of an event whose processing failed: queued again with fresh attempts. */
export async function retryFailedInboundEvent({ eventId }: { eventId: string }): Promise<"queued" | "notFailed"> {
  const event = await db.inboundEvent.findUnique({ where: { id: eventId }, select: { accountId: true, provider: true, payload: true } });
  if (!event) return "notFailed";
  const reset = await db.inboundEvent.updateMany({
    where: { id: eventId, failedAt: { not: null }, processedAt: null },
    data: { failedAt: null, attempts: 0, lastError: null, nextAttemptAt: null },
  });
  if (reset.count === 0) return "notFailed";
  await queueInboundEvent({ eventId, accountId: event.accountId, parsed: parseStoredPayload(event.provider, event.payload) });
  return "queued";
}

/**
 * Events stored but never queued — the job's write failed, or the process died, between the two
 * writes while the provider got no answer and didn't retry — are queued again (singletons, so an
 * event whose job still waits gets no second one).
 */
export async function requeueStrandedInboundEvents({ olderThan, take = 200 }: { olderThan: Date; take?: number }): Promise<number> {
  const stranded = await db.inboundEvent.findMany({
    where: { processedAt: null, failedAt: null, receivedAt: { lt: olderThan } },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, accountId: true, provider: true, payload: true },
  });
  for (const event of stranded)
    await queueInboundEvent({ eventId: event.id, accountId: event.accountId, parsed: parseStoredPayload(event.provider, event.payload) });
  return stranded.length;
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

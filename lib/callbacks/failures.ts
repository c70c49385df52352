// Every refused or failed callback request is kept for administrators with its reason (SPEC §6
// "Signature checking that cannot lose messages"), counted on one row per alike requests
// (failure-group.ts), capped in rows and pruned after RETENTION_DAYS. The callback key in the path is
// masked: it is what makes the URL unguessable, so it must not spread through the admin UI.
import "server-only";
import { db } from "@/lib/db";
import { clientAddressOf } from "@/lib/http/request-client";
import { logger } from "@/lib/logger";
import { deleteInBatches } from "@/lib/retention/batches";
import { deleteBeyondNewest } from "@/lib/retention/cap";
import { CAP_CHECK_EVERY, failureGroupKey, MAX_FAILURE_ROWS } from "./failure-group";

export type WebhookFailureReason =
  | "missingSignature"
  | "invalidSignature"
  | "unknownCallbackKey"
  | "missingCredentials"
  | "credentialsUnreadable"
  | "malformedBody"
  | "processingFailed"
  | "bodyTooLarge"
  | "accountSidMismatch"
  | "unknownStatusMessage"
  | "statusForOtherAccount";

export type WebhookFailureOutcome = "rejected" | "accepted" | "failed" | "notApplied";

const MAX_EXCERPT = 2000;

export function maskCallbackPath(pathname: string): string {
  return pathname.replace(/^(\/api\/webhooks\/[a-z]+\/)([^/]+)/, (_match, prefix: string, key: string) => `${prefix}${key.slice(0, 4)}…`);
}

export async function recordWebhookFailure(options: {
  accountId: string | null;
  provider: "TWILIO" | "TELESIGN";
  outcome: WebhookFailureOutcome;
  reason: WebhookFailureReason;
  request: Request;
  rawBody: string | null;
}) {
  const url = new URL(options.request.url);
  const { headers } = options.request;
  await saveWebhookFailure({
    accountId: options.accountId,
    provider: options.provider,
    outcome: options.outcome,
    reason: options.reason,
    path: maskCallbackPath(url.pathname) + url.search,
    remoteAddress: clientAddressOf(headers),
    userAgent: headers.get("user-agent")?.slice(0, 300) ?? null,
    bodyExcerpt: options.rawBody,
  });
}

type FailureRecord = {
  accountId: string | null;
  provider: "TWILIO" | "TELESIGN";
  outcome: WebhookFailureOutcome;
  reason: WebhookFailureReason;
  path: string;
  remoteAddress: string | null;
  userAgent: string | null;
  bodyExcerpt: string | null;
};

const counter = globalThis as typeof globalThis & { __sbFailuresSinceCap?: number };

/** Adds one to the row of alike requests (or starts it); the latest excerpt, path and user agent win. */
export async function saveWebhookFailure(record: FailureRecord) {
  const remoteAddress = record.remoteAddress?.slice(0, 100) || null;
  const groupKey = failureGroupKey({ ...record, remoteAddress });
  const latest = {
    path: record.path.slice(0, 300),
    ...(record.userAgent ? { userAgent: record.userAgent } : {}),
    ...(record.bodyExcerpt ? { bodyExcerpt: record.bodyExcerpt.slice(0, MAX_EXCERPT) } : {}),
  };
  const upsert = () =>
    db.webhookFailure.upsert({
      where: { groupKey },
      create: {
        groupKey,
        accountId: record.accountId,
        provider: record.provider,
        outcome: record.outcome,
        reason: record.reason,
        remoteAddress,
        ...latest,
      },
      update: { count: { increment: 1 }, lastSeenAt: new Date(), ...latest },
      select: { id: true },
    });
  try {
    // Two alike requests at once may both try to start the row: the loser adds to it instead.
    await upsert().catch(() => upsert());
    counter.__sbFailuresSinceCap = (counter.__sbFailuresSinceCap ?? 0) + 1;
    if (counter.__sbFailuresSinceCap >= CAP_CHECK_EVERY) {
      counter.__sbFailuresSinceCap = 0;
      await capWebhookFailures();
    }
  } catch (error) {
    // Recording must never turn a 4xx into a 5xx.
    logger.error("could not record a webhook failure", { reason: record.reason, error });
  }
}

/**
 * Keeps at most `maxRows` rows: the least recently seen go first. Costs O(maxRows + rows deleted) through
 * the index WebhookFailure(lastSeenAt, id), never a count of the table (lib/retention/cap.ts).
 */
export function capWebhookFailures(maxRows = MAX_FAILURE_ROWS): Promise<number> {
  return deleteBeyondNewest({
    keep: maxRows,
    findNewestAt: (skip) =>
      db.webhookFailure.findFirst({
        orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
        skip,
        select: { lastSeenAt: true, id: true },
      }),
    findIdsFrom: async (boundary, take) =>
      (
        await db.webhookFailure.findMany({
          where: {
            OR: [{ lastSeenAt: { lt: boundary.lastSeenAt } }, { lastSeenAt: boundary.lastSeenAt, id: { lte: boundary.id } }],
          },
          orderBy: [{ lastSeenAt: "asc" }, { id: "asc" }],
          take,
          select: { id: true },
        })
      ).map((row) => row.id),
    deleteIds: async (ids) => (await db.webhookFailure.deleteMany({ where: { id: { in: ids } } })).count,
  });
}

/** Drops rows not seen since `before` (RETENTION_DAYS), in batches. */
export function pruneWebhookFailures({ before }: { before: Date }): Promise<number> {
  return deleteInBatches({
    findIds: async (take) =>
      (
        await db.webhookFailure.findMany({
          where: { lastSeenAt: { lt: before } },
          orderBy: { lastSeenAt: "asc" },
          take,
          select: { id: true },
        })
      ).map((row) => row.id),
    deleteIds: async (ids) => (await db.webhookFailure.deleteMany({ where: { id: { in: ids } } })).count,
  });
}

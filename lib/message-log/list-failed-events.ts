// The Message log's "Processing failed" tab: callbacks that were acknowledged and stored but whose
// processing failed on every attempt (the job engine gave up, decision 017), newest first, with
// what they say (from, to, text) read from the stored payload. Retry queues one again.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseStoredPayload } from "@/lib/message-engine/process-event";
import type { FailedFilters } from "./message-log.schema";
import { excerpt } from "./reasons";
import { cappedCount, findKeysetPage } from "@/lib/pagination/keyset";

export const FAILED_PAGE_SIZE = 25;

function failedEventsWhere(filters: Omit<FailedFilters, "page">): Prisma.InboundEventWhereInput {
  return { failedAt: { not: null }, processedAt: null, ...(filters.accountId ? { accountId: filters.accountId } : {}) };
}

/** What a stored callback says, for the list; null fields when it can't be read. */
function summarize(provider: "TWILIO" | "TELESIGN", payload: string) {
  let parsed: ReturnType<typeof parseStoredPayload> = null;
  try {
    parsed = parseStoredPayload(provider, payload);
  } catch {
    parsed = null;
  }
  if (parsed?.kind === "message")
    return { from: parsed.message.from, to: parsed.message.to, text: excerpt(parsed.message.body), status: null };
  if (parsed?.kind === "status") return { from: null, to: null, text: null, status: parsed.update.status };
  return { from: null, to: null, text: null, status: null };
}

export async function listFailedInboundEvents(filters: FailedFilters) {
  const where = failedEventsWhere(filters);
  const [total, page] = await Promise.all([
    cappedCount((take) => db.inboundEvent.count({ where, take, orderBy: { failedAt: "desc" } })),
    findKeysetPage({
      where,
      sortKey: "failedAt",
      direction: "desc",
      pageSize: FAILED_PAGE_SIZE,
      cursor: filters,
      anchorValue: async (id) => (await db.inboundEvent.findUnique({ where: { id }, select: { failedAt: true } }))?.failedAt ?? null,
      findMany: (args) =>
        db.inboundEvent.findMany({
          ...args,
          select: {
            id: true,
            provider: true,
            kind: true,
            payload: true,
            receivedAt: true,
            failedAt: true,
            attempts: true,
            lastError: true,
            account: { select: { id: true, name: true } },
          },
        }),
    }),
  ]);
  const rows = page.rows;
  return {
    total,
    previousCursor: page.previousCursor,
    nextCursor: page.nextCursor,
    events: rows.map(({ payload, ...row }) => ({
      ...row,
      kind: row.kind === "status" ? "status" : "message",
      ...summarize(row.provider, payload),
    })),
  };
}

export type FailedEventRow = Awaited<ReturnType<typeof listFailedInboundEvents>>["events"][number];

// Delivery health of one number, one account, or all of them ranked by problems (issue #15 item 4).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { pageRankedRows, type KeysetCursor } from "@/lib/pagination/keyset";
import { emptyOutcomes, optOutRate, problemCount, TOP_ERROR_CODES, totalSent, type OutcomeCounts } from "./figures";
import { measureFirstResponse, type FirstResponse } from "./first-response";
import type { HealthWindow } from "./period";
import {
  countConversations,
  countErrorCodes,
  countOptOuts,
  countOutcomes,
  countOutcomesByBucket,
  countQueuedOutbound,
  countSignatureFailures,
  type ErrorCodeCount,
} from "./queries";

export type EntityHealth = {
  lastInboundAt: Date | null;
  /** The account's: signature failures aren't attributed to a number (see problemCount). */
  signatureFailures: number;
  outcomes: OutcomeCounts;
  sent: number;
  buckets: { start: Date; end: Date; counts: OutcomeCounts }[];
  errorCodes: ErrorCodeCount[];
  optOuts: number;
  conversations: number;
  optOutRate: number | null;
  waiting: number;
  queuedOutbound: number;
  firstResponse: FirstResponse;
};

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

async function entityHealth(options: {
  scope: { numberId: string } | { accountId: string };
  accountId: string;
  lastInboundAt: Date | null;
  window: HealthWindow;
}): Promise<EntityHealth> {
  const { scope, window } = options;
  const group = "numberId" in scope ? "numberId" : "accountId";
  const [outcomes, buckets, codes, conversations, optOuts, queued, signatures, firstResponse] = await Promise.all([
    countOutcomes({ scope, window, group: null }),
    countOutcomesByBucket({ scope, window }),
    countErrorCodes({ scope, window, group: null }),
    countConversations({ scope, window, group }),
    countOptOuts({ scope, window }),
    countQueuedOutbound({ scope, group: null }),
    countSignatureFailures({ accountId: options.accountId, window }),
    measureFirstResponse({ scope, window }),
  ]);
  const totals = outcomes.get(null) ?? emptyOutcomes();
  const started = sum(conversations.started.values());
  const optOutCount = sum(optOuts.values());
  return {
    lastInboundAt: options.lastInboundAt,
    signatureFailures: signatures.get(options.accountId) ?? 0,
    outcomes: totals,
    sent: totalSent(totals),
    buckets: window.buckets.map((bucket, i) => ({ ...bucket, counts: buckets[i] ?? emptyOutcomes() })),
    errorCodes: (codes.get(null) ?? []).slice(0, TOP_ERROR_CODES),
    optOuts: optOutCount,
    conversations: started,
    optOutRate: optOutRate(optOutCount, started),
    waiting: sum(conversations.waiting.values()),
    queuedOutbound: queued.get(null) ?? 0,
    firstResponse,
  };
}

const numberSummarySelect = {
  id: true,
  address: true,
  e164: true,
  displayName: true,
  lastInboundAt: true,
  account: { select: { id: true, name: true, channel: true, provider: true } },
  channelInstance: { select: { workstream: { select: { id: true, name: true } } } },
} as const;

/** What a number's page shows about the number itself, or null when there is no such number. */
export const findNumberSummary = cache(async (numberId: string) =>
  db.phoneNumber.findUnique({ where: { id: numberId }, select: numberSummarySelect }),
);

export async function getNumberHealth(options: { numberId: string; window: HealthWindow }) {
  const number = await findNumberSummary(options.numberId);
  if (!number) return null;
  const health = await entityHealth({
    scope: { numberId: number.id },
    accountId: number.account.id,
    lastInboundAt: number.lastInboundAt,
    window: options.window,
  });
  return { number, health };
}

export async function getAccountHealth(options: { accountId: string; window: HealthWindow }): Promise<EntityHealth> {
  const latest = await db.phoneNumber.aggregate({ where: { accountId: options.accountId }, _max: { lastInboundAt: true } });
  return entityHealth({
    scope: { accountId: options.accountId },
    accountId: options.accountId,
    lastInboundAt: latest._max.lastInboundAt,
    window: options.window,
  });
}

/** Every account's traffic together, for the dashboard's charts. */
export async function getOverallHealth(options: { window: HealthWindow }) {
  const [outcomes, buckets, codes] = await Promise.all([
    countOutcomes({ scope: {}, window: options.window, group: null }),
    countOutcomesByBucket({ scope: {}, window: options.window }),
    countErrorCodes({ scope: {}, window: options.window, group: null }),
  ]);
  const totals = outcomes.get(null) ?? emptyOutcomes();
  return {
    outcomes: totals,
    sent: totalSent(totals),
    buckets: options.window.buckets.map((bucket, i) => ({ ...bucket, counts: buckets[i] ?? emptyOutcomes() })),
    errorCodes: (codes.get(null) ?? []).slice(0, TOP_ERROR_CODES),
  };
}

export const HEALTH_VIEWS = ["numbers", "accounts"] as const;
export type HealthView = (typeof HEALTH_VIEWS)[number];
export const HEALTH_PAGE_SIZE = 25;

export type RankedHealthRow = {
  id: string;
  kind: "number" | "account";
  label: string;
  accountId: string;
  accountName: string;
  channel: "SMS" | "WHATSAPP";
  provider: "TWILIO" | "TELESIGN";
  lastInboundAt: Date | null;
  outcomes: OutcomeCounts;
  sent: number;
  topError: ErrorCodeCount | null;
  optOuts: number;
  conversations: number;
  signatureFailures: number;
  waiting: number;
  queuedOutbound: number;
  problems: number;
};

/**
 * Numbers or accounts, most problems first (then most traffic, then name), one page of them. The
 * figures come from a few GROUP BY reads over the period for all of them at once; the order is made
 * here (no index can hold it) and paged with the keyset cursors of every other list.
 */
export async function listHealthRanking(options: { view: HealthView; window: HealthWindow; cursor: KeysetCursor }) {
  const { view, window } = options;
  const group = view === "numbers" ? "numberId" : "accountId";
  const [entities, outcomes, codes, conversations, optOuts, queued, signatures] = await Promise.all([
    view === "numbers"
      ? db.phoneNumber.findMany({
          select: {
            id: true,
            address: true,
            displayName: true,
            lastInboundAt: true,
            account: { select: { id: true, name: true, channel: true, provider: true } },
          },
        })
      : db.messagingAccount.findMany({
          where: { status: { not: "DRAFT" } },
          select: { id: true, name: true, channel: true, provider: true, numbers: { select: { id: true, lastInboundAt: true } } },
        }),
    countOutcomes({ scope: {}, window, group }),
    countErrorCodes({ scope: {}, window, group }),
    countConversations({ scope: {}, window, group }),
    countOptOuts({ scope: {}, window }),
    countQueuedOutbound({ scope: {}, group }),
    countSignatureFailures({ window }),
  ]);
  const rows = entities.map((entity): RankedHealthRow => {
    const isNumber = "address" in entity;
    const account = isNumber ? entity.account : { id: entity.id, name: entity.name, channel: entity.channel, provider: entity.provider };
    const numberIds = isNumber ? [entity.id] : entity.numbers.map((number) => number.id);
    const lastInbound = isNumber ? [entity.lastInboundAt] : entity.numbers.map((number) => number.lastInboundAt);
    const counts = outcomes.get(entity.id) ?? emptyOutcomes();
    const figures = {
      outcomes: counts,
      signatureFailures: isNumber ? 0 : (signatures.get(entity.id) ?? 0),
      optOuts: sum(numberIds.map((id) => optOuts.get(id) ?? 0)),
      waiting: conversations.waiting.get(entity.id) ?? 0,
      queuedOutbound: queued.get(entity.id) ?? 0,
    };
    return {
      id: entity.id,
      kind: isNumber ? "number" : "account",
      label: isNumber ? entity.address : entity.name,
      accountId: account.id,
      accountName: account.name,
      channel: account.channel,
      provider: account.provider,
      lastInboundAt: lastInbound.reduce<Date | null>((latest, at) => (at && (!latest || at > latest) ? at : latest), null),
      sent: totalSent(counts),
      topError: codes.get(entity.id)?.[0] ?? null,
      conversations: conversations.started.get(entity.id) ?? 0,
      ...figures,
      problems: problemCount(figures),
    };
  });
  rows.sort((a, b) => b.problems - a.problems || b.sent - a.sent || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  const page = pageRankedRows(rows, options.cursor, HEALTH_PAGE_SIZE);
  return { ...page, total: rows.length, withProblems: rows.filter((row) => row.problems > 0).length };
}

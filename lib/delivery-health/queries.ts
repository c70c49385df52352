// The aggregate reads behind delivery health, each a GROUP BY over an index range of the period, never
// the whole table. A number's or an account's messages are read through its conversations active in the
// period (Conversation(numberId|accountId, lastMessageAt): lastMessageAt is at or after every message of
// the conversation), then Message(conversationId, createdAt); everyone's through Message(createdAt).
// Opt-outs use ConsentRecord(status, updatedAt), signature failures WebhookFailure(accountId, lastSeenAt),
// queued outbound Message(status, createdAt).
// Raw SQL where Prisma can't group by a joined column; it reads the same on SQLite and PostgreSQL: quoted
// identifiers, enum values as literals (PostgreSQL casts those, not text parameters), dates as parameters
// (each driver adapter writes them as it stores them), time buckets as a CASE over edges the caller
// computed (the two databases share no date functions), and CROSS JOIN where the conversations must be
// the outer loop (SQLite keeps a CROSS JOIN's order; PostgreSQL plans it like any inner join).
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { emptyOutcomes, type Outcome, type OutcomeCounts } from "./figures";
import type { HealthWindow } from "./period";

/** Whose traffic: one number, one account, or everything (grouped by number or account). */
export type EntityScope = { numberId: string } | { accountId: string };
export type HealthScope = EntityScope | Record<string, never>;
const isEntityScope = (scope: HealthScope): scope is EntityScope => "numberId" in scope || "accountId" in scope;
export type HealthGroup = "numberId" | "accountId";

const OUTCOME_SQL = Prisma.sql`CASE
  WHEN m."status" IN ('DELIVERED', 'READ') THEN 'delivered'
  WHEN m."status" = 'FAILED' AND m."providerStatus" = 'undelivered' THEN 'undelivered'
  WHEN m."status" = 'FAILED' THEN 'failed'
  WHEN m."status" = 'SENT' THEN 'sent'
  ELSE 'pending' END`;

/** Outbound messages of the window: through the scope's active conversations, or all of them by date. */
function outboundSql(scope: HealthScope, window: HealthWindow): Prisma.Sql {
  const period = Prisma.sql`m."direction" = 'OUTBOUND' AND m."createdAt" >= ${window.since} AND m."createdAt" < ${window.until}`;
  if (isEntityScope(scope))
    return Prisma.sql`FROM "Conversation" c CROSS JOIN "Message" m
      WHERE m."conversationId" = c."id" AND ${conversationSql(scope)} AND c."lastMessageAt" >= ${window.since} AND ${period}`;
  return Prisma.sql`FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId" WHERE ${period}`;
}

function conversationSql(scope: EntityScope): Prisma.Sql {
  return "numberId" in scope ? Prisma.sql`c."numberId" = ${scope.numberId}` : Prisma.sql`c."accountId" = ${scope.accountId}`;
}

function scopeSql(scope: HealthScope): Prisma.Sql {
  return isEntityScope(scope) ? Prisma.sql` AND ${conversationSql(scope)}` : Prisma.empty;
}

const groupSql = (group: HealthGroup | null) =>
  group === "numberId" ? Prisma.sql`c."numberId"` : group === "accountId" ? Prisma.sql`c."accountId"` : Prisma.sql`NULL`;

/** Outbound messages created in the window, by outcome (and by number or account). */
export async function countOutcomes(options: { scope: HealthScope; window: HealthWindow; group: HealthGroup | null }) {
  const { scope, window, group } = options;
  const rows = await db.$queryRaw<{ key: string | null; outcome: Outcome; total: number | bigint }[]>`
    SELECT ${groupSql(group)} AS "key", ${OUTCOME_SQL} AS "outcome", COUNT(*) AS "total"
    ${outboundSql(scope, window)}
    GROUP BY 1, 2`;
  const byKey = new Map<string | null, OutcomeCounts>();
  for (const row of rows) {
    const counts = byKey.get(row.key) ?? emptyOutcomes();
    counts[row.outcome] += Number(row.total);
    byKey.set(row.key, counts);
  }
  return byKey;
}

/** Outbound outcomes per chart bar (the window's buckets, oldest first). */
export async function countOutcomesByBucket(options: { scope: HealthScope; window: HealthWindow }): Promise<OutcomeCounts[]> {
  const { scope, window } = options;
  // Bucket numbers are written as literals: a parameter's type would be unknown to PostgreSQL here.
  const index = (i: number) => Prisma.raw(String(Math.trunc(i)));
  const edges = window.buckets.slice(1).map((bucket, i) => Prisma.sql`WHEN m."createdAt" < ${bucket.start} THEN ${index(i)}`);
  const bucketSql = edges.length ? Prisma.sql`CASE ${Prisma.join(edges, " ")} ELSE ${index(window.buckets.length - 1)} END` : Prisma.sql`0`;
  const rows = await db.$queryRaw<{ bucket: number | bigint; outcome: Outcome; total: number | bigint }[]>`
    SELECT ${bucketSql} AS "bucket", ${OUTCOME_SQL} AS "outcome", COUNT(*) AS "total"
    ${outboundSql(scope, window)}
    GROUP BY 1, 2`;
  const buckets = window.buckets.map(() => emptyOutcomes());
  for (const row of rows) {
    const counts = buckets[Number(row.bucket)];
    if (counts) counts[row.outcome] += Number(row.total);
  }
  return buckets;
}

export type ErrorCodeCount = { provider: "TWILIO" | "TELESIGN"; code: string | null; count: number };

/** Failed and undelivered messages of the window by provider error code, most frequent first (per key). */
export async function countErrorCodes(options: { scope: HealthScope; window: HealthWindow; group: HealthGroup | null }) {
  const { scope, window, group } = options;
  const rows = await db.$queryRaw<
    { key: string | null; provider: ErrorCodeCount["provider"]; code: string | null; total: number | bigint }[]
  >`
    SELECT ${groupSql(group)} AS "key", m."provider" AS "provider", m."errorCode" AS "code",
      COUNT(CASE WHEN m."status" = 'FAILED' THEN 1 END) AS "total"
    ${outboundSql(scope, window)}${isEntityScope(scope) ? Prisma.empty : Prisma.sql` AND m."status" = 'FAILED'`}
    GROUP BY 1, 2, 3`;
  const byKey = new Map<string | null, ErrorCodeCount[]>();
  for (const row of rows) {
    // Counted with CASE for one number or account: a status condition in WHERE would tempt SQLite into
    // Message(status, createdAt) for the inner loop (every failed message, per conversation). For everyone
    // that index is the right start, and the condition is there.
    if (Number(row.total) === 0) continue;
    const list = byKey.get(row.key) ?? [];
    list.push({ provider: row.provider, code: row.code, count: Number(row.total) });
    byKey.set(row.key, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => b.count - a.count || String(a.code).localeCompare(String(b.code)));
  return byKey;
}

/** Outbound messages not yet accepted by the provider (PENDING) or queued there (QUEUED), now. */
export async function countQueuedOutbound(options: { scope: HealthScope; group: HealthGroup | null }) {
  const rows = await db.$queryRaw<{ key: string | null; total: number | bigint }[]>`
    SELECT ${groupSql(options.group)} AS "key", COUNT(*) AS "total"
    FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId"
    WHERE m."status" IN ('PENDING', 'QUEUED') AND m."direction" = 'OUTBOUND'${scopeSql(options.scope)}
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.key, Number(row.total)]));
}

function conversationScope(scope: HealthScope): Prisma.ConversationWhereInput {
  if ("numberId" in scope) return { numberId: scope.numberId };
  if ("accountId" in scope) return { accountId: scope.accountId };
  return {};
}

/** Conversations started in the window, and conversations waiting in a queue for an agent now. */
export async function countConversations(options: { scope: HealthScope; window: HealthWindow; group: HealthGroup }) {
  const { scope, window, group } = options;
  const where = conversationScope(scope);
  const [started, waiting] = await Promise.all([
    db.conversation.groupBy({
      by: [group],
      // lastMessageAt ≥ createdAt: the condition is implied, and lets the index range start at the period.
      where: { ...where, lastMessageAt: { gte: window.since }, createdAt: { gte: window.since, lt: window.until } },
      _count: { _all: true },
    }),
    db.conversation.groupBy({
      by: [group],
      where: { ...where, status: "OPEN", assignedToId: null, queueId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const toMap = (rows: typeof started) => new Map(rows.map((row) => [row[group], row._count._all]));
  return { started: toMap(started), waiting: toMap(waiting) };
}

/** Customers who opted out (STOP keywords, TeleSign, Twilio 21610) in the window, per number. */
export async function countOptOuts(options: { scope: HealthScope; window: HealthWindow }) {
  const { scope, window } = options;
  const rows = await db.consentRecord.groupBy({
    by: ["numberId"],
    where: {
      status: "OPTED_OUT",
      updatedAt: { gte: window.since, lt: window.until },
      ...("numberId" in scope ? { numberId: scope.numberId } : "accountId" in scope ? { number: { accountId: scope.accountId } } : {}),
    },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.numberId, row._count._all]));
}

/** Refused or Monitor-accepted requests with a missing or bad signature, per account, last seen in the window. */
export async function countSignatureFailures(options: { accountId?: string; window: HealthWindow }) {
  const rows = await db.webhookFailure.groupBy({
    by: ["accountId"],
    where: {
      ...(options.accountId ? { accountId: options.accountId } : { accountId: { not: null } }),
      reason: { in: ["missingSignature", "invalidSignature"] },
      lastSeenAt: { gte: options.window.since, lt: options.window.until },
    },
    _sum: { count: true },
  });
  return new Map(rows.map((row) => [row.accountId, row._sum.count ?? 0]));
}

export type FirstResponseRow = { createdAt: Date; repliedAt: Date | null; operatingHoursId: string | null };

/**
 * Conversations started in the window with their first agent reply (an agent's message or template) and
 * the operating hours their channel instance uses. One row per conversation: Message(conversationId,
 * createdAt) finds each first reply (kinds "agent" and "template" are only ever outbound; a direction
 * condition here would tempt SQLite into another index).
 */
export async function listFirstResponses(options: { scope: EntityScope; window: HealthWindow }) {
  const { scope, window } = options;
  const rows = await db.$queryRaw<{ createdAt: Date | string; repliedAt: Date | string | null; operatingHoursId: string | null }[]>`
    SELECT c."createdAt" AS "createdAt",
      (SELECT MIN(m."createdAt") FROM "Message" m
        WHERE m."conversationId" = c."id" AND m."kind" IN ('agent', 'template')) AS "repliedAt",
      CASE WHEN ci."useOperatingHours" THEN ci."operatingHoursId" ELSE NULL END AS "operatingHoursId"
    FROM "Conversation" c LEFT JOIN "ChannelInstance" ci ON ci."id" = c."channelInstanceId"
    WHERE ${conversationSql(scope)} AND c."lastMessageAt" >= ${window.since}
      AND c."createdAt" >= ${window.since} AND c."createdAt" < ${window.until}`;
  return rows.map((row): FirstResponseRow => ({
    createdAt: new Date(row.createdAt),
    repliedAt: row.repliedAt === null ? null : new Date(row.repliedAt),
    operatingHoursId: row.operatingHoursId,
  }));
}

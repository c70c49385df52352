// The conversations page's list: a dashboard tab, or search results when any filter is set. Its cost
// is O(page), not O(table), however many conversations exist (docs/decisions/026-conversation-lists-at-scale.md):
// - keyset pagination on (lastMessageAt, id), newest first, walking an index that matches the filter;
// - an agent's visibility is "assigned to me or in one of my queues" with the queue ids read once, not a
//   correlated subquery per row;
// - tab counts are capped (COUNT over a LIMIT subquery): "99+" costs the same as 99.
import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadAudienceViewer, type AudienceViewer } from "./access";
import { isUnread } from "./conversation-view";
import {
  availableViews,
  COUNT_CAP,
  CONVERSATIONS_PAGE_SIZE,
  defaultView,
  encodeListCursor,
  hasFilters,
  UNASSIGNED,
  type ConversationFilters,
  type ConversationView,
  type ListCursor,
} from "./conversations.schema";
import { displayAddress, windowOf, type Viewer } from "./conversations";
import { keysetWhere, type ListDirection } from "./keyset";
import { loadSearchPage, type SearchTerms } from "./text-search";
import { localDateTimeToInstant } from "@/lib/workstreams/operating-hours/evaluate";

/** The zone the viewer's pages show times in (lib/i18n/request.ts): their own, else the server's. */
const viewerTimeZone = (user: Viewer) => user.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An agent sees what is assigned to them and what sits in their queues; other roles see everything. */
function visibleWhere(viewer: AudienceViewer): Prisma.ConversationWhereInput {
  if (viewer.role !== "AGENT") return {};
  return { OR: [{ assignedToId: viewer.id }, { queueId: { in: [...viewer.queueIds] } }] };
}

function viewWhere(viewer: AudienceViewer, view: ConversationView): Prisma.ConversationWhereInput {
  switch (view) {
    case "mine":
      return { status: "OPEN", assignedToId: viewer.id };
    case "queues":
      // Agents wait on their own queues; supervisors see every conversation nobody has taken.
      return viewer.role === "AGENT"
        ? { status: "OPEN", assignedToId: null, queueId: { in: [...viewer.queueIds] } }
        : { status: "OPEN", assignedToId: null };
    case "all":
      return { status: "OPEN" };
    case "resolved":
      return { status: "RESOLVED" };
  }
}

/**
 * A tab's filter. Mine and an agent's Queues already lie inside what the agent may see, and leaving the
 * visibility OR out of them lets the database walk (assignedToId, status, lastMessageAt, id) or
 * (status, queueId, lastMessageAt, id) instead of uniting the agent's whole history through that OR.
 */
function tabWhere(viewer: AudienceViewer, view: ConversationView): Prisma.ConversationWhereInput[] {
  const isInsideVisible = viewer.role !== "AGENT" || view === "mine" || view === "queues";
  return isInsideVisible ? [viewWhere(viewer, view)] : [visibleWhere(viewer), viewWhere(viewer, view)];
}

/** "+1 (425) 230-6549" finds "+14252306549" and "whatsapp:+14252306549": a number is searched as its digits. */
export function customerSearchTerm(q: string): string {
  return /^[\d\s()+.-]+$/.test(q) && /\d/.test(q) ? q.replace(/\D/g, "") : q;
}

/** The day after a "YYYY-MM-DD" calendar day. */
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** The number and text a search looks for (./text-search.ts finds the rows). */
const searchTerms = (filters: ConversationFilters): SearchTerms => ({
  customer: filters.q ? customerSearchTerm(filters.q) : undefined,
  text: filters.text,
});

/**
 * The filters other than number and text as a Prisma filter (every part optional). Dates are whole days of
 * last activity in the viewer's time zone — the zone the list shows its times in — from that day's local
 * midnight to the next.
 */
export function filtersWhere(filters: ConversationFilters, timeZone: string): Prisma.ConversationWhereInput[] {
  const startOfDay = (day: string) => localDateTimeToInstant(timeZone, day, "00:00");
  const where: Prisma.ConversationWhereInput[] = [];
  if (filters.channel) where.push({ channel: filters.channel });
  if (filters.queueId) where.push({ queueId: filters.queueId });
  if (filters.agentId) where.push({ assignedToId: filters.agentId === UNASSIGNED ? null : filters.agentId });
  if (filters.status) where.push({ status: filters.status === "open" ? "OPEN" : "RESOLVED" });
  if (filters.from) where.push({ lastMessageAt: { gte: startOfDay(filters.from) } });
  if (filters.to) where.push({ lastMessageAt: { lt: startOfDay(nextDay(filters.to)) } });
  return where;
}

/**
 * Ordered like the tab itself, so the count reads the tab's index range (at most COUNT_CAP + 1 entries).
 * Without an order Prisma sorts a `take` by id, and PostgreSQL then walked the whole primary key filtering
 * for the few rows of "mine" (decision 041).
 */
const cappedCount = (where: Prisma.ConversationWhereInput, unassigned = false) =>
  db.conversation.count({
    where,
    take: COUNT_CAP + 1,
    orderBy: unassigned ? [{ assignedToId: "desc" }, { lastMessageAt: "desc" }] : [{ lastMessageAt: "desc" }],
  });

/**
 * The list's order, newest first for "older" pages. A tab that reads only unassigned conversations (Queues)
 * orders by assignedToId first: the same order, since it is null in every row, but PostgreSQL's planner
 * takes an index's order only past columns fixed by `=`, not by `IS NULL`. Without it, no index could give
 * the Queues tab its order there, and PostgreSQL sorted the whole backlog whenever it underestimated it
 * (decision 048); named, (queueId, status, assignedToId, lastMessageAt, id) gives it on both databases.
 */
function listOrder(direction: ListDirection, unassigned: boolean): Prisma.ConversationOrderByWithRelationInput[] {
  const order: Prisma.SortOrder = direction === "older" ? "desc" : "asc";
  return [...(unassigned ? [{ assignedToId: order }] : []), { lastMessageAt: order }, { id: order }];
}

/** Tabs whose rows all have no assignee. */
const isUnassignedTab = (view: ConversationView) => view === "queues";

/**
 * Tabs whose page is found by its keys first, then read by id. The Resolved tab leaves out the newest
 * conversations (the open ones): PostgreSQL estimates as if resolved ones were spread evenly, and with the
 * page's columns to read walked (lastMessageAt, id) past every open conversation (10,000 at 100,000: ~2.4 ms).
 * The keys alone are an index-only read of Conversation(status, lastMessageAt, id, assignedToId, queueId),
 * an agent's visibility tested in the index (decision 049).
 */
const isKeysFirstTab = (view: ConversationView) => view === "resolved";

/** The ids of the first `take` rows of `where` in the list's order (keys only). */
async function pageIds(where: Prisma.ConversationWhereInput, direction: ListDirection, take: number) {
  const rows = await db.conversation.findMany({ where, orderBy: listOrder(direction, false), take, select: { id: true } });
  return rows.map((row) => row.id);
}

/**
 * Past this many queues an agent's Queues tab is one query again: each part costs a page read and a capped
 * count on every refresh, so a member of dozens of queues would send dozens of statements per poll (and
 * hold as many of PostgreSQL's pooled connections) to save a sort of their backlog.
 */
export const MAX_QUEUE_PARTITIONS = 8;

/**
 * The queues an agent's Queues tab reads one by one, or null when one query serves it. Over several
 * queues `queueId IN (…)` cannot be read in (lastMessageAt, id) order from any index, so the database read
 * every waiting conversation of those queues and sorted them: O(backlog) per refresh. Each queue's part is
 * an index range of Conversation(queueId, status, assignedToId, lastMessageAt, id) instead (decision 048).
 */
function queuePartitions(viewer: AudienceViewer, view: ConversationView): string[] | null {
  const { size } = viewer.queueIds;
  return viewer.role === "AGENT" && view === "queues" && size > 1 && size <= MAX_QUEUE_PARTITIONS ? [...viewer.queueIds] : null;
}

/** A tab's capped count: per queue when the tab is split that way (each count stops at the cap), summed and capped. */
async function tabCount(viewer: AudienceViewer, view: ConversationView): Promise<number> {
  const queueIds = queuePartitions(viewer, view);
  const unassigned = isUnassignedTab(view);
  if (!queueIds) return cappedCount({ AND: tabWhere(viewer, view) }, unassigned);
  const counts = await Promise.all(queueIds.map((queueId) => cappedCount({ AND: [...tabWhere(viewer, view), { queueId }] }, unassigned)));
  return Math.min(
    counts.reduce((sum, count) => sum + count, 0),
    COUNT_CAP + 1,
  );
}

/**
 * The ids of the first `take` rows of `where` over several queues, in the list's order: the first `take` of
 * each queue (an index range each, keys only), merged. Then the page itself is read by those ids.
 */
async function mergedQueueIds(where: Prisma.ConversationWhereInput, queueIds: string[], direction: ListDirection, take: number) {
  const parts = await Promise.all(
    queueIds.map((queueId) =>
      db.conversation.findMany({
        where: { AND: [where, { queueId }] },
        orderBy: listOrder(direction, true),
        take,
        select: { id: true, lastMessageAt: true },
      }),
    ),
  );
  const sign = direction === "older" ? -1 : 1;
  return parts
    .flat()
    .sort((a, b) => sign * (a.lastMessageAt.getTime() - b.lastMessageAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    .slice(0, take)
    .map((row) => row.id);
}

function loadPage(where: Prisma.ConversationWhereInput, direction: ListDirection, userId: string, unassigned = false) {
  return db.conversation.findMany({
    where,
    orderBy: listOrder(direction, unassigned),
    take: CONVERSATIONS_PAGE_SIZE + 1,
    select: {
      id: true,
      channel: true,
      status: true,
      customerAddress: true,
      lastInboundAt: true,
      lastMessageAt: true,
      lastMessagePreview: true,
      workstream: { select: { name: true } },
      queue: { select: { name: true } },
      assignedTo: { select: { id: true, name: true } },
      reads: { where: { userId }, select: { readAt: true } },
    },
  });
}

/**
 * One page, newest activity first. `older` / `newer` are cursors from an earlier page (`olderCursor`,
 * `newerCursor`); without either it is the first page. In tab mode (no filter) each open tab's count
 * comes along, capped at COUNT_CAP + 1.
 */
export async function listConversations({
  user,
  view: requested,
  filters = {},
  older,
  newer,
  now = new Date(),
}: {
  user: Viewer;
  view?: ConversationView;
  filters?: ConversationFilters;
  older?: ListCursor;
  newer?: ListCursor;
  now?: Date;
}) {
  const viewer = await loadAudienceViewer(user);
  const views = availableViews(user.role);
  const isSearch = hasFilters(filters);
  const view = requested && views.includes(requested) ? requested : defaultView(user.role);
  const base: Prisma.ConversationWhereInput[] = isSearch
    ? [visibleWhere(viewer), ...filtersWhere(filters, viewerTimeZone(user))]
    : tabWhere(viewer, view);
  const terms = searchTerms(filters);
  const queueIds = isSearch ? null : queuePartitions(viewer, view);
  /** A tab's page: one query, its keys first (isKeysFirstTab), or per queue and merged (queuePartitions). */
  const loadTabPage = async (where: Prisma.ConversationWhereInput, direction: ListDirection) =>
    queueIds
      ? loadPage({ id: { in: await mergedQueueIds(where, queueIds, direction, CONVERSATIONS_PAGE_SIZE + 1) } }, direction, user.id)
      : isKeysFirstTab(view)
        ? loadPage({ id: { in: await pageIds(where, direction, CONVERSATIONS_PAGE_SIZE + 1) } }, direction, user.id)
        : loadPage(where, direction, user.id, isUnassignedTab(view));
  /** A page of `where` in `direction`: the list's own query, or a search by number or text (./text-search.ts). */
  const page = (cursor: ListCursor | undefined, direction: ListDirection) =>
    terms.customer || terms.text
      ? loadSearchPage({
          where: base,
          cursor,
          terms,
          direction,
          take: CONVERSATIONS_PAGE_SIZE + 1,
          load: (found) => loadPage({ AND: found }, direction, user.id),
        })
      : loadTabPage({ AND: cursor ? [...base, keysetWhere(cursor, direction)] : base }, direction);

  const countsPromise: Promise<Partial<Record<ConversationView, number>>> = isSearch
    ? Promise.resolve({})
    : Promise.all(views.filter((tab) => tab !== "resolved").map(async (tab) => [tab, await tabCount(viewer, tab)] as const)).then(
        (entries) => Object.fromEntries(entries),
      );

  const direction = newer ? "newer" : "older";
  const cursor = newer ?? older;
  const [counts, fetched] = await Promise.all([countsPromise, page(cursor, direction)]);

  let rows = fetched.slice(0, CONVERSATIONS_PAGE_SIZE);
  let hasOlder: boolean;
  let hasNewer: boolean;
  if (direction === "newer") {
    rows = rows.reverse();
    hasNewer = fetched.length > CONVERSATIONS_PAGE_SIZE;
    hasOlder = true;
    // Reached the top with a short page: show the first page instead, so it is full.
    if (!hasNewer && rows.length < CONVERSATIONS_PAGE_SIZE) {
      const first = await page(undefined, "older");
      rows = first.slice(0, CONVERSATIONS_PAGE_SIZE);
      hasOlder = first.length > CONVERSATIONS_PAGE_SIZE;
    }
  } else {
    hasOlder = fetched.length > CONVERSATIONS_PAGE_SIZE;
    hasNewer = cursor !== undefined;
  }
  const first = rows[0];
  const last = rows[rows.length - 1];

  return {
    serverTime: now.toISOString(),
    /** null: search results (a filter is set), not a tab. */
    view: isSearch ? null : view,
    views,
    counts,
    pageSize: CONVERSATIONS_PAGE_SIZE,
    olderCursor: hasOlder && last ? encodeListCursor(last) : null,
    newerCursor: hasNewer && first ? encodeListCursor(first) : null,
    items: rows.map((row) => ({
      id: row.id,
      channel: row.channel,
      status: row.status,
      customer: displayAddress(row.customerAddress),
      isUnread: isUnread(row.lastInboundAt, row.reads[0]?.readAt ?? null),
      workstream: row.workstream?.name ?? null,
      queue: row.queue?.name ?? null,
      assignee: row.assignedTo ? { name: row.assignedTo.name, isMe: row.assignedTo.id === user.id } : null,
      preview: row.lastMessagePreview,
      lastMessageAt: row.lastMessageAt.toISOString(),
      window: windowOf(row.channel, row.status, row.lastInboundAt, now),
    })),
  };
}

export type ConversationList = Awaited<ReturnType<typeof listConversations>>;
export type ConversationListItem = ConversationList["items"][number];

const OPTIONS_LIMIT = 20;

/**
 * The filters' search pickers: queues or agents whose name (or e-mail) contains `q`, first 20 by name.
 * An agent is offered their own queues and the people in them; other roles everything.
 */
export async function findFilterOptions({ user, kind, q }: { user: Viewer; kind: "queue" | "agent"; q: string }) {
  const viewer = await loadAudienceViewer(user);
  const queueIds = viewer.role === "AGENT" ? [...viewer.queueIds] : null;
  if (kind === "queue") {
    const queues = await db.queue.findMany({
      where: { AND: [queueIds ? { id: { in: queueIds } } : {}, q ? { name: containsText(q) } : {}] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: OPTIONS_LIMIT,
      select: { id: true, name: true },
    });
    return queues.map((queue) => ({ value: queue.id, label: queue.name }));
  }
  const users = await db.user.findMany({
    where: {
      AND: [
        queueIds ? { OR: [{ id: viewer.id }, { queues: { some: { queueId: { in: queueIds } } } }] } : {},
        q ? { OR: [{ name: containsText(q) }, { email: containsText(q) }] } : {},
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: OPTIONS_LIMIT,
    select: { id: true, name: true, email: true },
  });
  return users.map((person) => ({ value: person.id, label: person.name, detail: person.email }));
}

/** The names behind a bookmarked filter's ids, so the pickers show them before anyone types. */
export async function findFilterLabels({ queueId, agentId }: { queueId?: string; agentId?: string }) {
  const [queue, agent] = await Promise.all([
    queueId ? db.queue.findUnique({ where: { id: queueId }, select: { name: true } }) : null,
    agentId && agentId !== UNASSIGNED ? db.user.findUnique({ where: { id: agentId }, select: { name: true } }) : null,
  ]);
  return { queue: queue?.name ?? null, agent: agent?.name ?? null };
}

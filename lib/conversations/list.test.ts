// The conversations list against a real database (both, see vitest.config.ts): keyset pages that neither
// skip nor repeat a row (ties on lastMessageAt included), capped tab counts, what an agent may see, and
// each search filter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseProvider } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { listConversations, findFilterOptions, customerSearchTerm, MAX_QUEUE_PARTITIONS } = await import("./list");
const { listCursorSchema, COUNT_CAP, CONVERSATIONS_PAGE_SIZE } = await import("./conversations.schema");
const { createAgent, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");

afterAll(() => testDatabase.drop());

type Setup = Awaited<ReturnType<typeof createSmsSetup>>;
const base = new Date("2026-06-01T12:00:00.000Z");
const minutesAfter = (minutes: number) => new Date(base.getTime() + minutes * 60_000);
let customer = 0;

/** `count` conversations, the i-th last active `at(i)`; returns their ids in creation order. */
async function seed(
  setup: Setup,
  count: number,
  options: { at: (i: number) => Date; status?: "OPEN" | "RESOLVED"; assignedToId?: string },
) {
  const rows = Array.from({ length: count }, (_, i) => ({
    accountId: setup.accountId,
    numberId: setup.number.id,
    workstreamId: setup.workstreamId,
    queueId: setup.queueId,
    assignedToId: options.assignedToId ?? null,
    channel: "SMS" as const,
    provider: "TWILIO" as const,
    customerAddress: `+1333${String((customer += 1)).padStart(7, "0")}`,
    ourAddress: setup.number.address,
    status: options.status ?? "OPEN",
    lastMessageAt: options.at(i),
    createdAt: options.at(i),
  }));
  await db.conversation.createMany({ data: rows });
  const created = await db.conversation.findMany({
    where: { customerAddress: { in: rows.map((row) => row.customerAddress) } },
    select: { id: true },
  });
  return created.map((row) => row.id);
}

const admin = { id: "admin-viewer", role: "ADMINISTRATOR" as const, timeZone: "UTC" };
const cursor = (value: string | null) => (value ? listCursorSchema.parse(value) : undefined);

describe("keyset pages", () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await createSmsSetup();
    // 60 resolved, in groups of three sharing one lastMessageAt, so page edges fall inside ties.
    await seed(setup, 60, { at: (i) => minutesAfter(Math.floor(i / 3)), status: "RESOLVED" });
  });

  it("walks older and back newer without skipping or repeating a row, newest first", async () => {
    const filters = { queueId: setup.queueId };
    const pages = [];
    let older: string | null = null;
    do {
      const page = await listConversations({ user: admin, filters, older: cursor(older) });
      pages.push(page);
      older = page.olderCursor;
    } while (older);
    expect(pages.map((page) => page.items.length)).toEqual([25, 25, 10]);
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(60);
    const times = pages.flatMap((page) => page.items.map((item) => item.lastMessageAt));
    expect(times).toEqual([...times].sort().reverse());
    expect(pages[0]!.newerCursor).toBeNull();

    // Back from the last page: the middle page again, then the first (with no newer cursor).
    const middle = await listConversations({ user: admin, filters, newer: cursor(pages[2]!.newerCursor) });
    expect(middle.items.map((item) => item.id)).toEqual(pages[1]!.items.map((item) => item.id));
    const first = await listConversations({ user: admin, filters, newer: cursor(middle.newerCursor) });
    expect(first.items.map((item) => item.id)).toEqual(pages[0]!.items.map((item) => item.id));
    expect(first.newerCursor).toBeNull();
    expect(first.olderCursor).toBe(pages[0]!.olderCursor);
  });

  it("is search results (no tab, no counts) when a filter is set, a tab with capped counts when none is", async () => {
    const search = await listConversations({ user: admin, filters: { queueId: setup.queueId } });
    expect(search.view).toBeNull();
    expect(search.counts).toEqual({});
    const tab = await listConversations({ user: admin, view: "resolved" });
    expect(tab.view).toBe("resolved");
    expect(tab.items).toHaveLength(CONVERSATIONS_PAGE_SIZE);
    // No count for Resolved: it only grows.
    expect(Object.keys(tab.counts).sort()).toEqual(["all", "mine", "queues"]);
  });
});

describe("tab counts", () => {
  it("counts open tabs exactly up to the cap and says 'more' past it", async () => {
    const setup = await createSmsSetup();
    const before = await listConversations({ user: admin, view: "all" });
    const open = before.counts.all ?? 0;
    await seed(setup, 3, { at: (i) => minutesAfter(100 + i) });
    expect((await listConversations({ user: admin, view: "all" })).counts.all).toBe(open + 3);
    await seed(setup, COUNT_CAP + 5, { at: (i) => minutesAfter(200 + i) });
    expect((await listConversations({ user: admin, view: "queues" })).counts).toMatchObject({ all: COUNT_CAP + 1, queues: COUNT_CAP + 1 });
  });
});

describe("what an agent sees", () => {
  it("their own conversations and their queues' waiting ones, in every tab and search", async () => {
    const mineSetup = await createSmsSetup();
    const otherSetup = await createSmsSetup();
    const agentId = await createAgent({ queueId: mineSetup.queueId, capacity: 5 });
    const agent = { id: agentId, role: "AGENT" as const };
    const colleague = await createAgent({ queueId: otherSetup.queueId, capacity: 5 });
    const [assigned] = await seed(otherSetup, 1, { at: () => minutesAfter(500), assignedToId: agentId });
    const [waiting] = await seed(mineSetup, 1, { at: () => minutesAfter(501) });
    await seed(otherSetup, 2, { at: (i) => minutesAfter(502 + i) }); // another queue: not theirs
    await seed(otherSetup, 1, { at: () => minutesAfter(510), assignedToId: colleague });
    const [resolved] = await seed(mineSetup, 1, { at: () => minutesAfter(503), status: "RESOLVED" });

    const ids = async (options: Parameters<typeof listConversations>[0]) => (await listConversations(options)).items.map((item) => item.id);
    expect(await ids({ user: agent, view: "mine" })).toEqual([assigned]);
    expect(await ids({ user: agent, view: "queues" })).toEqual([waiting]);
    expect(await ids({ user: agent, view: "all" })).toEqual([waiting, assigned]);
    expect(await ids({ user: agent, view: "resolved" })).toEqual([resolved]);
    expect((await listConversations({ user: agent, view: "mine" })).counts).toEqual({ mine: 1, queues: 1, all: 2 });
    expect(await ids({ user: agent, filters: { channel: "SMS" } })).toEqual([resolved, waiting, assigned]);

    // The pickers offer an agent their own queues and the people in them only.
    expect((await findFilterOptions({ user: agent, kind: "queue", q: "" })).map((option) => option.value)).toEqual([mineSetup.queueId]);
    expect((await findFilterOptions({ user: agent, kind: "agent", q: "" })).map((option) => option.value)).toEqual([agentId]);
    expect((await findFilterOptions({ user: admin, kind: "queue", q: "" })).map((option) => option.value)).toContain(otherSetup.queueId);
  });
});

describe("search filters", () => {
  let setup: Setup;
  let whatsapp: string;
  let agentId: string;
  let ids: string[];
  beforeAll(async () => {
    setup = await createSmsSetup();
    agentId = await createAgent({ queueId: setup.queueId, capacity: 5 });
    ids = await seed(setup, 4, { at: (i) => new Date(Date.UTC(2025, 0, 10 + i, 23, 30)) });
    await db.conversation.update({
      where: { id: ids[1] },
      data: { assignedToId: agentId, customerAddress: "whatsapp:+447700900123", channel: "WHATSAPP" },
    });
    whatsapp = ids[1]!;
    await db.conversation.update({ where: { id: ids[2] }, data: { status: "RESOLVED" } });
    await db.message.createMany({
      data: [
        {
          conversationId: ids[0]!,
          direction: "INBOUND",
          kind: "customer",
          body: "Where is my Parcel #4471?",
          provider: "TWILIO",
          status: "RECEIVED",
        },
        { conversationId: ids[3]!, direction: "OUTBOUND", kind: "agent", body: "50% off: use code_X", provider: "TWILIO", status: "SENT" },
      ],
    });
  });

  const found = async (filters: Parameters<typeof listConversations>[0]["filters"], timeZone = "UTC") =>
    (await listConversations({ user: { ...admin, timeZone }, filters: { queueId: setup.queueId, ...filters } })).items.map(
      (item) => item.id,
    );

  it("finds a customer by their number however it is typed", async () => {
    expect(customerSearchTerm("+44 (7700) 900-123")).toBe("447700900123");
    expect(customerSearchTerm("whatsapp")).toBe("whatsapp");
    expect(await found({ q: "+44 7700 900123" })).toEqual([whatsapp]);
    expect(await found({ q: "WhatsApp" })).toEqual([whatsapp]);
  });

  it("finds message text ignoring case, with % and _ as plain characters", async () => {
    expect(await found({ text: "parcel #44" })).toEqual([ids[0]]);
    expect(await found({ text: "50%" })).toEqual([ids[3]]);
    expect(await found({ text: "e_X" })).toEqual([ids[3]]);
    expect(await found({ text: "5_%" })).toEqual([]);
  });

  it("filters by channel, agent, nobody, status and whole days of last activity in the viewer's zone", async () => {
    expect(await found({ channel: "WHATSAPP" })).toEqual([whatsapp]);
    expect(await found({ agentId })).toEqual([whatsapp]);
    expect(await found({ agentId: "none" })).toEqual([ids[3], ids[2], ids[0]]);
    expect(await found({ status: "resolved" })).toEqual([ids[2]]);
    expect(await found({ status: "open", agentId: "none" })).toEqual([ids[3], ids[0]]);
    // Last active 2025-01-10 … 01-13 at 23:30 UTC.
    expect(await found({ from: "2025-01-11", to: "2025-01-12" })).toEqual([ids[2], whatsapp]);
    expect(await found({ from: "2025-01-13" })).toEqual([ids[3]]);
    expect(await found({ to: "2025-01-10" })).toEqual([ids[0]]);
    // 23:30 UTC on the 10th is 08:30 on the 11th in Tokyo, and still the 10th (15:30) in Los Angeles.
    expect(await found({ from: "2025-01-11", to: "2025-01-11" }, "Asia/Tokyo")).toEqual([ids[0]]);
    expect(await found({ to: "2025-01-10" }, "Asia/Tokyo")).toEqual([]);
    expect(await found({ from: "2025-01-13", to: "2025-01-13" }, "America/Los_Angeles")).toEqual([ids[3]]);
  });
});

describe("an agent's Queues tab over several queues", () => {
  it("merges the queues newest first, pages through ties without skipping or repeating, and sums capped counts", async () => {
    const first = await createSmsSetup();
    const second = await createSmsSetup();
    const agentId = await createAgent({ queueId: first.queueId, capacity: 5 });
    await db.queueMember.create({ data: { queueId: second.queueId, userId: agentId } });
    const agent = { id: agentId, role: "AGENT" as const };
    // Interleaved in time across the two queues, in pairs sharing one lastMessageAt (ties across queues).
    const a = await seed(first, 40, { at: (i) => minutesAfter(1000 + 2 * Math.floor(i / 2)) });
    const b = await seed(second, 40, { at: (i) => minutesAfter(1001 + 2 * Math.floor(i / 2)) });
    await seed(second, 3, { at: (i) => minutesAfter(2000 + i), assignedToId: agentId }); // theirs: not waiting
    const expected = (
      await db.conversation.findMany({
        where: { id: { in: [...a, ...b] } },
        orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((row) => row.id);

    const seen: string[] = [];
    let page = await listConversations({ user: agent, view: "queues" });
    expect(page.counts).toMatchObject({ queues: 80, mine: 3, all: 83 });
    seen.push(...page.items.map((item) => item.id));
    while (page.olderCursor) {
      page = await listConversations({ user: agent, view: "queues", older: cursor(page.olderCursor) });
      seen.push(...page.items.map((item) => item.id));
    }
    expect(seen).toEqual(expected);
    // And back up from the last page.
    const back: string[] = [];
    let newer = page.newerCursor;
    while (newer) {
      const previous = await listConversations({ user: agent, view: "queues", newer: cursor(newer) });
      back.unshift(...previous.items.map((item) => item.id));
      newer = previous.newerCursor;
    }
    expect([...back, ...page.items.map((item) => item.id)]).toEqual(expected);
    await seed(first, COUNT_CAP, { at: (i) => minutesAfter(3000 + i) });
    expect((await listConversations({ user: agent, view: "queues" })).counts.queues).toBe(COUNT_CAP + 1);
  });
});

describe("an agent's Queues tab over more queues than it reads one by one", () => {
  it("is one query again, with the same order and counts", async () => {
    const setups = [];
    for (let i = 0; i <= MAX_QUEUE_PARTITIONS; i += 1) setups.push(await createSmsSetup());
    const agentId = await createAgent({ queueId: setups[0]!.queueId, capacity: 5 });
    await db.queueMember.createMany({ data: setups.slice(1).map((setup) => ({ queueId: setup.queueId, userId: agentId })) });
    const agent = { id: agentId, role: "AGENT" as const };
    const ids: string[] = [];
    for (const [index, setup] of setups.entries()) ids.push(...(await seed(setup, 4, { at: (i) => minutesAfter(5000 + i * 20 + index) })));
    const expected = (
      await db.conversation.findMany({
        where: { id: { in: ids } },
        orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((row) => row.id);

    let page = await listConversations({ user: agent, view: "queues" });
    expect(page.counts).toMatchObject({ queues: ids.length });
    const seen = page.items.map((item) => item.id);
    while (page.olderCursor) {
      page = await listConversations({ user: agent, view: "queues", older: cursor(page.olderCursor) });
      seen.push(...page.items.map((item) => item.id));
    }
    expect(seen).toEqual(expected);
  });
});

describe("plans of the tabs and the assignment tick", () => {
  let queueId: string;
  let agentId: string;
  beforeAll(async () => {
    // A queue's backlog and other queues' open conversations, with statistics, so the planner weighs the
    // indexes as it would on a real table.
    const setup = await createSmsSetup();
    const other = await createSmsSetup();
    queueId = setup.queueId;
    agentId = await createAgent({ queueId, capacity: 5 });
    await seed(setup, 300, { at: (i) => minutesAfter(4000 + i) });
    await seed(setup, 20, { at: (i) => minutesAfter(4000 + i), assignedToId: agentId });
    await seed(other, 600, { at: (i) => minutesAfter(4000 + i) });
    // Resolved ones, all older than the open ones (as in a real contact center).
    await seed(setup, 400, { at: (i) => minutesAfter(i), status: "RESOLVED", assignedToId: agentId });
    await seed(other, 400, { at: (i) => minutesAfter(i), status: "RESOLVED" });
    await db.$executeRawUnsafe('ANALYZE "Conversation"');
  });
  /** The plan of `query` with sequential scans forbidden (an almost empty table would be read whole anyway). */
  async function planOf(query: string): Promise<string> {
    if (testDatabaseProvider() === "sqlite") {
      const plan = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${query}`);
      return plan.map((row) => row.detail).join("\n");
    }
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${query}`);
    });
    return plan.map((row) => row["QUERY PLAN"]).join("\n");
  }
  const noSort = (plan: string) =>
    testDatabaseProvider() === "sqlite" ? expect(plan).not.toContain("TEMP B-TREE") : expect(plan).not.toMatch(/\bSort\b/);
  const order = 'ORDER BY "lastMessageAt" DESC, "id" DESC LIMIT 26';

  it("reads a queue's waiting conversations, and all queues' (a supervisor's), from an index in page order", async () => {
    // The Queues tab's order (listOrder): assignedToId first, so PostgreSQL can use the index past IS NULL.
    const unassignedOrder = 'ORDER BY "assignedToId" DESC, "lastMessageAt" DESC, "id" DESC LIMIT 26';
    const queuePlan = await planOf(
      `SELECT "id" FROM "Conversation" WHERE "queueId" = '${queueId}' AND "status" = 'OPEN' AND "assignedToId" IS NULL ${unassignedOrder}`,
    );
    expect(queuePlan).toContain("Conversation_queueId_status_assignedToId_lastMessageAt_id_idx");
    noSort(queuePlan);
    const allPlan = await planOf(`SELECT "id" FROM "Conversation" WHERE "status" = 'OPEN' AND "assignedToId" IS NULL ${unassignedOrder}`);
    expect(allPlan).toContain("Conversation_assignedToId_status_lastMessageAt_id_idx");
    noSort(allPlan);
  });

  it("reads a queue's oldest waiting conversations for the assignment tick from an index in that order", async () => {
    // The shape of assignWaitingConversations' read (lib/message-engine/worker.ts): as far as the free places.
    const plan = await planOf(
      `SELECT "id" FROM "Conversation" WHERE "queueId" = '${queueId}' AND "status" = 'OPEN' AND "assignedToId" IS NULL
        AND "workstreamId" IN (SELECT "id" FROM "Workstream") ORDER BY "assignedToId" ASC, "createdAt" ASC, "id" ASC LIMIT 5`,
    );
    expect(plan).toContain("Conversation_queueId_status_assignedToId_createdAt_id_idx");
    noSort(plan);
  });

  it("reads the Resolved tab's keys, an agent's too, from one index in page order, the agent's visibility tested in it", async () => {
    const index = "Conversation_status_lastMessageAt_id_assignedToId_queueId_idx";
    const keys = 'SELECT "id", "lastMessageAt" FROM "Conversation"';
    const adminPlan = await planOf(`${keys} WHERE "status" = 'RESOLVED' ${order}`);
    expect(adminPlan).toContain(index);
    noSort(adminPlan);
    const agentPlan = await planOf(
      `${keys} WHERE ("assignedToId" = '${agentId}' OR "queueId" IN ('${queueId}')) AND "status" = 'RESOLVED' ${order}`,
    );
    expect(agentPlan).toContain(index);
    noSort(agentPlan);
    // Keys only: no read of the table's rows (PostgreSQL: an index-only scan; SQLite: a covering index).
    expect(agentPlan).toMatch(testDatabaseProvider() === "sqlite" ? /COVERING INDEX/ : /Index Only Scan/);
  });

  it("reads an agent's own open conversations from their index in page order", async () => {
    const plan = await planOf(`SELECT "id" FROM "Conversation" WHERE "assignedToId" = '${agentId}' AND "status" = 'OPEN' ${order}`);
    expect(plan).toMatch(/Conversation_(assignedToId_status|status_assignedToId)_lastMessageAt/);
    noSort(plan);
  });
});

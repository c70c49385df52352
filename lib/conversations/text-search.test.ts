// Conversation search by customer number and message text (./text-search.ts), on both databases (vitest
// projects): the same results as a plain case-insensitive substring match whichever way the rows are found
// (the plain match of a small table, a rare term's piece asked of the index, the window of newest rows, the
// index's sorted chunks past it), the indexes kept in step with inserts, updates and deletes. The first block
// has fewer than SEARCH_WINDOW conversations; the second more, so it takes the index paths.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { listConversations } = await import("./list");
const { SEARCH_WINDOW, SORTED_LIMIT, termPieces } = await import("./text-search");
const { listCursorSchema } = await import("./conversations.schema");
const { createSmsSetup } = await import("@/lib/testing/messaging-fixtures");

afterAll(() => testDatabase.drop());

const admin = { id: "admin-viewer", role: "ADMINISTRATOR" as const };
type Setup = Awaited<ReturnType<typeof createSmsSetup>>;
let setup: Setup;
let minute = 0;

async function conversation(customerAddress: string, bodies: string[] = []) {
  const at = new Date(Date.UTC(2026, 0, 1, 0, (minute += 1)));
  const created = await db.conversation.create({
    data: {
      accountId: setup.accountId,
      numberId: setup.number.id,
      queueId: setup.queueId,
      channel: "SMS",
      provider: "TWILIO",
      customerAddress,
      ourAddress: setup.number.address,
      status: "RESOLVED",
      lastMessageAt: at,
      messages: {
        create: bodies.map((body) => ({
          direction: "INBOUND" as const,
          kind: "customer",
          body,
          provider: "TWILIO" as const,
          status: "RECEIVED" as const,
        })),
      },
    },
    select: { id: true },
  });
  return created.id;
}

type Filters = { q?: string; text?: string; status?: "open" | "resolved" };

/** Search results in this test's queue, newest first. */
const found = async (filters: Filters) =>
  (await listConversations({ user: admin, filters: { ...filters, queueId: setup.queueId } })).items.map((item) => item.id);

describe("the pieces of a term the index is asked about", () => {
  it("asks the last five characters first, then runs of five from the start, at most four, by character", () => {
    expect(termPieces("12065550042")).toEqual(["50042", "12065", "55004"]);
    expect(termPieces("PARCEL 42?")).toEqual(["L 42?", "PARCE"]);
    expect(termPieces("émile")).toEqual(["émile"]);
    expect(termPieces("abc")).toEqual(["abc"]);
    expect(termPieces("ÜNÏCÖDÉ RARE")).toEqual([" RARE", "ÜNÏCÖ", "DÉ RA"]);
    expect(termPieces("the parcel that never came back")).toEqual([" back", "the p", "arcel", " that"]);
  });
});

describe("search through the indexes", () => {
  let emile: string;
  let parcel: string;
  let whatsapp: string;
  beforeAll(async () => {
    setup = await createSmsSetup();
    emile = await conversation("+14252306549", ["Bonjour, c'est Émile", "Mon colis ?"]);
    parcel = await conversation("+14252300000", ["Where is my PARCEL #4471?"]);
    whatsapp = await conversation("whatsapp:+447700900123", ["Ünïcödé straße"]);
  });

  it("finds a number by any run of its digits, however it is typed", async () => {
    expect(await found({ q: "+1 (425) 230-6549" })).toEqual([emile]);
    expect(await found({ q: "2306549" })).toEqual([emile]);
    expect(await found({ q: "425230" })).toEqual([parcel, emile]);
    expect(await found({ q: "7700 900" })).toEqual([whatsapp]);
    expect(await found({ q: "WhatsApp" })).toEqual([whatsapp]);
    expect(await found({ q: "99999" })).toEqual([]);
  });

  it("finds message text ignoring case in any alphabet, as a substring", async () => {
    expect(await found({ text: "émile" })).toEqual([emile]);
    expect(await found({ text: "ÉMILE" })).toEqual([emile]);
    expect(await found({ text: "parcel #44" })).toEqual([parcel]);
    expect(await found({ text: "ÜNÏCÖDÉ" })).toEqual([whatsapp]);
    expect(await found({ text: "is my parcel" })).toEqual([parcel]);
    expect(await found({ text: "parcels" })).toEqual([]);
    // Two characters: no trigram to look up, the plain match still finds it.
    expect(await found({ text: "ß" })).toEqual([whatsapp]);
    expect(await found({ text: "Mo" })).toEqual([emile]);
  });

  it("treats quotes and FTS syntax in a term as plain characters", async () => {
    const quoted = await conversation("+14255550101", ['He said "NEAR(a b)" OR * then left']);
    expect(await found({ text: '"near(a b)" or *' })).toEqual([quoted]);
    expect(await found({ text: "NEAR" })).toEqual([quoted]);
    expect(await found({ text: '"' })).toEqual([quoted]);
  });

  it("keeps the indexes in step when numbers and messages change or go", async () => {
    const id = await conversation("+14255550202", ["first words"]);
    expect(await found({ q: "5550202" })).toEqual([id]);
    await db.conversation.update({ where: { id }, data: { customerAddress: "+14255550303" } });
    expect(await found({ q: "5550202" })).toEqual([]);
    expect(await found({ q: "5550303" })).toEqual([id]);

    const message = await db.message.findFirstOrThrow({ where: { conversationId: id }, select: { id: true } });
    await db.message.update({ where: { id: message.id }, data: { body: "second thoughts" } });
    expect(await found({ text: "first words" })).toEqual([]);
    expect(await found({ text: "second thoughts" })).toEqual([id]);
    await db.message.delete({ where: { id: message.id } });
    expect(await found({ text: "second thoughts" })).toEqual([]);

    await db.conversation.delete({ where: { id } });
    expect(await found({ q: "5550303" })).toEqual([]);
  });

  it("takes % and _ as plain characters", async () => {
    const percent = await conversation("+14255550404", ["100% sure", "snake_case"]);
    await conversation("+14255550505", ["1000 sure", "snakeXcase"]);
    expect(await found({ text: "0% s" })).toEqual([percent]);
    expect(await found({ text: "e_c" })).toEqual([percent]);
    expect(await found({ text: "%" })).toEqual([percent]);
  });

  it("combines number and text: both must match", async () => {
    expect(await found({ q: "4252", text: "parcel" })).toEqual([parcel]);
    expect(await found({ q: "6549", text: "parcel" })).toEqual([]);
  });
});

describe("more conversations than the window and than one sorted read of the index", () => {
  // Newest first: index 0 is the newest. Every one says "common question"; the oldest SORTED_LIMIT + 100
  // also say "(old)" (more than one sorted read, none of them in the window); three old ones "rare", two in the
  // window and one past it "split"; the newest SEARCH_WINDOW + 100 and the oldest five are open.
  const count = SEARCH_WINDOW + SORTED_LIMIT + 200;
  const id = (i: number) => `many${String(i).padStart(6, "0")}`;
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => id(from + k));
  const isOld = (i: number) => i >= count - SORTED_LIMIT - 100;
  const rare = [count - 3, count - 500, count - 900];
  const split = [10, 20, count - 50];
  // Literal % and _ (a near miss for each as a wildcard), and a rare first word before the common text.
  const percent = [30, count - 7];
  const nearPercent = [31, count - 8];
  const zebra = [40, count - 11];
  // 5,700 conversations and messages with their search index entries: longer than a hook usually takes.
  beforeAll(async () => {
    setup = await createSmsSetup();
    await db.conversation.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        id: id(i),
        accountId: setup.accountId,
        numberId: setup.number.id,
        queueId: setup.queueId,
        channel: "SMS" as const,
        provider: "TWILIO" as const,
        customerAddress: `+1999${String(i).padStart(7, "0")}`,
        ourAddress: setup.number.address,
        status: i < SEARCH_WINDOW + 100 || i >= count - 5 ? ("OPEN" as const) : ("RESOLVED" as const),
        lastMessageAt: new Date(Date.UTC(2027, 0, 1) - i * 1000),
      })),
    });
    await db.message.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        conversationId: id(i),
        direction: "INBOUND" as const,
        kind: "customer",
        body: `${zebra.includes(i) ? "Zebra " : ""}Common QUESTION ${i}${isOld(i) ? " (old)" : ""}${rare.includes(i) ? " Ünïcödé rare" : ""}${split.includes(i) ? " split" : ""}${percent.includes(i) ? " 100%_done" : ""}${nearPercent.includes(i) ? " 100x done" : ""}`,
        provider: "TWILIO" as const,
        status: "RECEIVED" as const,
      })),
    });
  }, 60_000);

  it("finds a common term among the newest", async () => {
    expect(await found({ text: "common question" })).toEqual(range(0, 25));
    expect(await found({ text: "Co" })).toEqual(range(0, 25));
    expect(await found({ q: "1999" })).toEqual(range(0, 25));
  });

  it("finds a rare term past the window, in any case", async () => {
    expect(await found({ text: "ÜNÏCÖDÉ RARE" })).toEqual([...rare].sort((a, b) => a - b).map(id));
    expect(await found({ text: `question ${count - 1}` })).toEqual([id(count - 1)]);
    expect(await found({ q: String(count - 2).padStart(7, "0") })).toEqual([id(count - 2)]);
  });

  it("asks the index about a rare piece of a term whose other characters are common, and still matches the whole term", async () => {
    // "ommon": in every conversation; "zebra": in two. The term decides: "zebra quest" is in none.
    expect(await found({ text: "ZEBRA common" })).toEqual(zebra.map(id));
    expect(await found({ text: "zebra quest" })).toEqual([]);
    expect(await found({ text: "0%_d" })).toEqual(percent.map(id));
    expect(await found({ text: "100%" })).toEqual(percent.map(id));
    expect(await found({ text: "0_d" })).toEqual([]);
    // A number typed with spaces: its digits, found by their rare end.
    expect(
      await found({
        q: `+1 999 ${String(count - 2)
          .padStart(7, "0")
          .replace(/(\d{3})(\d{4})/, "$1 $2")}`,
      }),
    ).toEqual([id(count - 2)]);
    expect(await found({ q: "1 999 000 0001" })).toEqual([id(1)]);
    expect(await found({ q: "1999000001" })).toEqual(range(10, 20));
  });

  it("pages through a rare term's matches and filters them a chunk at a time", async () => {
    // "question 1": in 1,111 conversations (1, 10–19, 100–199, 1000–1999), the newest of them in the window.
    const all = Array.from({ length: count }, (_, i) => i).filter((i) => String(i).startsWith("1"));
    const filters = { text: "QUESTION 1", queueId: setup.queueId };
    const first = await listConversations({ user: admin, filters });
    expect(first.items.map((item) => item.id)).toEqual(all.slice(0, 25).map(id));
    const second = await listConversations({ user: admin, filters, older: listCursorSchema.parse(first.olderCursor) });
    expect(second.items.map((item) => item.id)).toEqual(all.slice(25, 50).map(id));
    const back = await listConversations({ user: admin, filters, newer: listCursorSchema.parse(second.newerCursor) });
    expect(back.items.map((item) => item.id)).toEqual(all.slice(0, 25).map(id));
    // The last of the 1,111 candidates: past the first read, so the rest are read and filtered chunk by chunk.
    expect(await found({ text: "question 1", q: "1 999 000 1999" })).toEqual([id(1999)]);
    // Resolved: the first 111 candidates are open, so the page comes from the second chunk.
    const isResolved = (i: number) => i >= SEARCH_WINDOW + 100 && i < count - 5;
    expect(await found({ text: "question 1", status: "resolved" })).toEqual(all.filter(isResolved).slice(0, 25).map(id));
  });

  it("joins what the window found to what the index finds past it", async () => {
    expect(await found({ text: "SPLIT" })).toEqual(split.map(id));
  });

  it("finds a term in many old conversations but none of the window, through every chunk and read", async () => {
    const old = range(count - SORTED_LIMIT - 100, count);
    expect(await found({ text: "(OLD)" })).toEqual(old.slice(0, 25));
    // Of the old ones only the oldest five are open: the newest open ones fill the window without a match,
    // and the first read of sorted matches has none of them.
    expect(await found({ text: "(old)", status: "open" })).toEqual(range(count - 5, count));
    expect(await found({ text: "(old)", status: "open", q: "1999" })).toEqual(range(count - 5, count));
  });

  it("pages older and newer through the results as the plain match would", async () => {
    const filters = { text: "(old)", queueId: "" };
    const first = await listConversations({ user: admin, filters: { ...filters, queueId: setup.queueId } });
    const older = listCursorSchema.parse(first.olderCursor);
    const second = await listConversations({ user: admin, filters: { ...filters, queueId: setup.queueId }, older });
    const old = range(count - SORTED_LIMIT - 100, count);
    expect(second.items.map((item) => item.id)).toEqual(old.slice(25, 50));
    const newer = listCursorSchema.parse(second.newerCursor);
    const back = await listConversations({ user: admin, filters: { ...filters, queueId: setup.queueId }, newer });
    expect(back.items.map((item) => item.id)).toEqual(old.slice(0, 25));
  });
});

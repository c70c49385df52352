// Conversation search by customer number and message text through the search indexes (./text-search.ts), on
// both databases (vitest projects): the same results as a plain case-insensitive substring match, the
// indexes kept in step with inserts, updates and deletes, and SQLite's fallback to the plain match for
// short or common terms.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { listConversations } = await import("./list");
const { CANDIDATE_LIMIT, POSTGRES_CANDIDATE_LIMIT, textSearchWhere } = await import("./text-search");
const { getEnv } = await import("@/lib/env");
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

/** Search results in this test's queue, newest first. */
const found = async (filters: { q?: string; text?: string }) =>
  (await listConversations({ user: admin, filters: { ...filters, queueId: setup.queueId } })).items.map((item) => item.id);

/** Whether the filter went through the index (SQLite: a list of candidate ids) or is the plain match alone. */
const usesCandidates = async (search: { customer?: string; text?: string }) =>
  JSON.stringify(await textSearchWhere(search)).includes('"in"');

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

  it("asks the index, except for terms too short for a trigram", async () => {
    expect(await usesCandidates({ customer: "2306549" })).toBe(true);
    expect(await usesCandidates({ text: "parcel" })).toBe(true);
    expect(await usesCandidates({ text: "pa" })).toBe(false);
  });

  it("combines number and text: both must match", async () => {
    expect(await usesCandidates({ customer: "4252", text: "parcel" })).toBe(true);
    expect(await found({ q: "4252", text: "parcel" })).toEqual([parcel]);
    expect(await found({ q: "6549", text: "parcel" })).toEqual([]);
  });
});

describe("a common term", () => {
  it("falls back to the plain match past the candidate limit, with the same results", async () => {
    setup = await createSmsSetup();
    // Past the limit of this database (PostgreSQL's is larger: more bound values per statement).
    const limit = getEnv().databaseProvider === "postgresql" ? POSTGRES_CANDIDATE_LIMIT : CANDIDATE_LIMIT;
    const count = limit + 5;
    await db.conversation.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        id: `common${String(i).padStart(6, "0")}`,
        accountId: setup.accountId,
        numberId: setup.number.id,
        queueId: setup.queueId,
        channel: "SMS" as const,
        provider: "TWILIO" as const,
        customerAddress: `+1999${String(i).padStart(7, "0")}`,
        ourAddress: setup.number.address,
        status: "RESOLVED" as const,
        lastMessageAt: new Date(Date.UTC(2027, 0, 1, 0, 0, i)),
      })),
    });
    await db.message.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        conversationId: `common${String(i).padStart(6, "0")}`,
        direction: "INBOUND" as const,
        kind: "customer",
        body: `Common question ${i}${i < limit ? " (listed)" : ""}`,
        provider: "TWILIO" as const,
        status: "RECEIVED" as const,
      })),
    });
    const id = (i: number) => `common${String(i).padStart(6, "0")}`;
    expect(await usesCandidates({ text: "common question" })).toBe(false);
    expect(await usesCandidates({ text: "question 17" })).toBe(true);
    expect((await found({ text: "COMMON QUESTION" }))[0]).toBe(id(count - 1));
    expect(await found({ text: `question ${count - 1}` })).toEqual([id(count - 1)]);
    // Exactly `limit` conversations say "listed": the longest IN list, still newest first.
    expect(await usesCandidates({ text: "(listed)" })).toBe(true);
    expect(await found({ text: "(listed)" })).toEqual(Array.from({ length: 25 }, (_, i) => id(limit - 1 - i)));
    expect((await found({ q: "1999" })).length).toBe(25);
  });
});

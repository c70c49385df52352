// The cluster benchmark's view of the app's database: seed one Twilio SMS account routed to a pick
// queue, then read back what the instances stored. Plain SQL on the Prisma tables (quoted names work on
// both PostgreSQL and SQLite), so the harness checks the database itself, not the app's own reading of it.
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { sealSecret } from "../../lib/secrets/cipher";
import type { ClusterState } from "./verify";

export type Sql = {
  dialect: "postgres" | "sqlite";
  query: <Row>(text: string, params?: unknown[]) => Promise<Row[]>;
  close: () => Promise<void>;
};

export async function openSql(databaseUrl: string): Promise<Sql> {
  if (databaseUrl.startsWith("file:")) {
    const sqlite = new Database(databaseUrl.slice("file:".length));
    sqlite.pragma("busy_timeout = 10000");
    return {
      dialect: "sqlite",
      // $1, $2… in order → ?; booleans and dates as SQLite stores them.
      query: async <Row>(text: string, params: unknown[] = []) => {
        const statement = sqlite.prepare(text.replace(/\$\d+/g, "?"));
        const values = params.map((value) => (value instanceof Date ? value.toISOString().replace("Z", "+00:00") : value));
        return (statement.reader ? statement.all(...values) : (statement.run(...values), [])) as Row[];
      },
      close: async () => void sqlite.close(),
    };
  }
  const client = new pg.Client(databaseUrl);
  await client.connect();
  return {
    dialect: "postgres",
    query: async <Row>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as Row[],
    close: () => client.end(),
  };
}

/** `warmupNumber`: a second number of the account in the same workstream, for messages sent before the measurement. */
export type Target = { accountSid: string; authToken: string; callbackKey: string; ourNumber: string; warmupNumber: string };

export async function seedCluster(sql: Sql, encryptionKey: Buffer): Promise<Target> {
  const now = new Date();
  const target = {
    accountSid: `AC${randomBytes(16).toString("hex")}`,
    authToken: randomBytes(16).toString("hex"),
    callbackKey: randomBytes(32).toString("base64url"),
    ourNumber: "+12028831111",
    warmupNumber: "+12028832222",
  };
  await sql.query(
    `INSERT INTO "MessagingAccount" ("id", "name", "channel", "provider", "status", "twilioAccountSid", "twilioAuthToken", "callbackKey",
       "signatureMode", "validationStatus", "createdAt", "updatedAt")
     VALUES ('cluster-account', 'Cluster', 'SMS', 'TWILIO', 'ACTIVE', $1, $2, $3, 'ENFORCE', 'VALID', $4, $5)`,
    [target.accountSid, sealSecret(target.authToken, [encryptionKey]), target.callbackKey, now, now],
  );
  await sql.query(
    `INSERT INTO "PhoneNumber" ("id", "accountId", "address", "e164", "country", "createdAt", "updatedAt")
     VALUES ('cluster-number', 'cluster-account', $1, $2, 'US', $3, $4)`,
    [target.ourNumber, target.ourNumber, now, now],
  );
  await sql.query(
    `INSERT INTO "PhoneNumber" ("id", "accountId", "address", "e164", "country", "createdAt", "updatedAt")
     VALUES ('cluster-warmup-number', 'cluster-account', $1, $2, 'US', $3, $4)`,
    [target.warmupNumber, target.warmupNumber, now, now],
  );
  await sql.query(`INSERT INTO "Queue" ("id", "name", "createdAt", "updatedAt") VALUES ('cluster-queue', 'Cluster queue', $1, $2)`, [
    now,
    now,
  ]);
  await sql.query(
    `INSERT INTO "Workstream" ("id", "name", "channel", "distributionMode", "fallbackQueueId", "createdAt", "updatedAt")
     VALUES ('cluster-ws', 'Cluster', 'SMS', 'PICK', 'cluster-queue', $1, $2)`,
    [now, now],
  );
  await sql.query(
    `INSERT INTO "ChannelInstance" ("id", "workstreamId", "numberId", "createdAt", "updatedAt")
     VALUES ('cluster-ci', 'cluster-ws', 'cluster-number', $1, $2)`,
    [now, now],
  );
  await sql.query(
    `INSERT INTO "ChannelInstance" ("id", "workstreamId", "numberId", "createdAt", "updatedAt")
     VALUES ('cluster-ci-warmup', 'cluster-ws', 'cluster-warmup-number', $1, $2)`,
    [now, now],
  );
  return target;
}

export async function readClusterState(sql: Sql, ourNumber: string): Promise<ClusterState> {
  // The order rows were written in: PostgreSQL's inserting transaction id, SQLite's rowid. (createdAt is
  // the webhook's arrival time, stamped before routing, so it can't show the order routing ran in.)
  const storedOrder = sql.dialect === "postgres" ? `m."xmin"::text::bigint` : `m."rowid"`;
  const inbound = await sql.query<{
    providerMessageId: string;
    conversationId: string;
    customerAddress: string;
    storedOrder: unknown;
    processedAt: unknown;
    routed: unknown;
  }>(
    `SELECT m."providerMessageId", m."conversationId", c."customerAddress", ${storedOrder} AS "storedOrder", e."processedAt",
       (c."queueId" IS NOT NULL OR c."assignedToId" IS NOT NULL) AS "routed"
     FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId"
     LEFT JOIN "InboundEvent" e ON e."dedupeKey" = m."providerMessageId" AND e."kind" = 'message'
     WHERE m."direction" = 'INBOUND' AND c."ourAddress" = $1`,
    [ourNumber],
  );
  const held = await sql.query<{ providerMessageId: string | null }>(`SELECT "providerMessageId" FROM "HeldMessage"`);
  const open = await sql.query<{ customerAddress: string; open: unknown }>(
    `SELECT "customerAddress", COUNT(*) AS "open" FROM "Conversation" WHERE "status" = 'OPEN' AND "ourAddress" = $1 GROUP BY "customerAddress"`,
    [ourNumber],
  );
  return {
    inbound: inbound.map((row) => ({
      ...row,
      storedOrder: Number(row.storedOrder),
      processedAt: row.processedAt === null ? null : toDate(row.processedAt),
      routed: Boolean(row.routed),
    })),
    held: held.map((row) => row.providerMessageId ?? "(none)"),
    openConversations: open.map((row) => ({ customerAddress: row.customerAddress, open: Number(row.open) })),
  };
}

/** Inbound events not processed yet, and inbound messages stored so far. */
export async function progress(sql: Sql): Promise<{ pendingEvents: number; storedMessages: number }> {
  const [pending] = await sql.query<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "InboundEvent" WHERE "processedAt" IS NULL`);
  const [stored] = await sql.query<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "Message" WHERE "direction" = 'INBOUND'`);
  return { pendingEvents: Number(pending?.n ?? 0), storedMessages: Number(stored?.n ?? 0) };
}

function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(typeof value === "string" && /^\d+$/.test(value) ? Number(value) : (value as string | number));
}

// The data of `npm run bench:pages` (scripts/bench-pages.ts): `rows` rows of each kind, inserted with plain
// multi-row INSERTs on the Prisma tables (quoted names work on both databases). Shared with
// scripts/explain-pages.ts, which prints the plan and time of every query a list page runs on the same data.
import { createHash, randomBytes } from "node:crypto";
import type { Sql } from "./cluster/database";
import { settleSeededDatabase } from "./bench-statistics";

export const pad = (value: number) => String(value).padStart(7, "0");
/** Ids shaped like the app's cuids (25 characters, lower case) so id validation accepts them. */
export const id = (prefix: string, index: number) => `c${prefix.padEnd(5, "x")}${String(index).padStart(19, "0")}`;
export const BASE_TIME = Date.UTC(2026, 0, 1);
/** Row `index` is `index` seconds older than row 0: newest-first lists show index 0 first. */
export const ago = (index: number) => new Date(BASE_TIME - index * 1000);

async function insertMany(sql: Sql, table: string, columns: string[], count: number, row: (index: number) => unknown[]) {
  const batch = Math.max(1, Math.floor((sql.dialect === "sqlite" ? 30_000 : 60_000) / columns.length));
  if (sql.dialect === "sqlite") await sql.query("BEGIN");
  for (let start = 0; start < count; start += batch) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let index = start; index < Math.min(count, start + batch); index += 1) {
      const cells = row(index);
      tuples.push(`(${cells.map((_, cell) => `$${values.length + cell + 1}`).join(", ")})`);
      values.push(...cells);
    }
    await sql.query(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${tuples.join(", ")}`, values);
  }
  if (sql.dialect === "sqlite") await sql.query("COMMIT");
}

export type Seeded = { adminToken: string; agentToken: string };

export async function seed(sql: Sql, rows: number): Promise<Seeded> {
  const now = new Date(BASE_TIME);
  const accounts = rows;
  const users = rows;
  // People: an administrator and an agent who sign in (sessions made here, as a sign-in would), and `rows` others.
  const adminToken = randomBytes(32).toString("base64url");
  const agentToken = randomBytes(32).toString("base64url");
  const hash = (token: string) => createHash("sha256").update(token).digest("hex");
  await insertMany(sql, "User", ["id", "email", "name", "passwordHash", "role", "createdAt", "updatedAt"], users + 2, (index) =>
    index === users
      ? [id("admin", 0), "admin@bench.test", "Bench Admin", "x", "ADMINISTRATOR", now, now]
      : index === users + 1
        ? [id("agent", 0), "agent@bench.test", "Bench Agent", "x", "AGENT", now, now]
        : [
            id("user", index),
            `user${pad(index)}@bench.test`,
            `User ${pad(index)}`,
            "x",
            index % 5 === 0 ? "VIEWER" : "AGENT",
            ago(index),
            now,
          ],
  );
  const expires = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  await insertMany(sql, "Session", ["id", "tokenHash", "userId", "createdAt", "lastSeenAt", "expiresAt"], 2, (index) => [
    id("sess", index),
    hash(index === 0 ? adminToken : agentToken),
    index === 0 ? id("admin", 0) : id("agent", 0),
    new Date(),
    new Date(),
    expires,
  ]);
  await insertMany(
    sql,
    "MessagingAccount",
    [
      "id",
      "name",
      "channel",
      "provider",
      "status",
      "twilioAccountSid",
      "callbackKey",
      "signatureMode",
      "validationStatus",
      "createdAt",
      "updatedAt",
    ],
    accounts,
    (index) => [
      id("acct", index),
      `Account ${pad(index)}`,
      index % 4 === 3 ? "WHATSAPP" : "SMS",
      "TWILIO",
      index % 10 === 9 ? "INACTIVE" : "ACTIVE",
      `AC${String(index).padStart(32, "0")}`,
      `key${pad(index)}${randomBytes(8).toString("hex")}`,
      "ENFORCE",
      "VALID",
      ago(index),
      now,
    ],
  );
  // Numbers spread over the SMS accounts (account 0 has many, like a real integration).
  const smsAccount = (index: number) => id("acct", index % 2 === 0 ? 0 : (index * 4) % accounts);
  await insertMany(
    sql,
    "PhoneNumber",
    ["id", "accountId", "address", "e164", "country", "type", "createdAt", "updatedAt"],
    rows,
    (index) => [id("numb", index), smsAccount(index), `+1202${pad(index)}`, `+1202${pad(index)}`, "US", "LONG_CODE", ago(index), now],
  );
  await insertMany(
    sql,
    "NumberImport",
    ["id", "accountId", "address", "e164", "type", "status", "createdAt", "startedAt", "completedAt"],
    rows,
    (index) => [
      id("impt", index),
      id("acct", 0),
      `+1202${pad(index)}`,
      `+1202${pad(index)}`,
      "LONG_CODE",
      "COMPLETED",
      ago(index),
      ago(index),
      ago(index),
    ],
  );
  await insertMany(sql, "OperatingHours", ["id", "name", "timeZone", "weekly", "exceptions", "createdAt", "updatedAt"], rows, (index) => [
    id("hour", index),
    `Hours ${pad(index)}`,
    "UTC",
    "{}",
    "[]",
    ago(index),
    now,
  ]);
  await insertMany(sql, "Queue", ["id", "name", "nameKey", "createdAt", "updatedAt"], rows, (index) => [
    id("queu", index),
    `Queue ${pad(index)}`,
    `queue ${pad(index)}`,
    ago(index),
    now,
  ]);
  await insertMany(sql, "QueueMember", ["queueId", "userId"], rows + 1, (index) =>
    index === rows ? [id("queu", 0), id("agent", 0)] : [id("queu", index), id("user", index)],
  );
  await insertMany(
    sql,
    "Workstream",
    ["id", "name", "channel", "distributionMode", "fallbackQueueId", "createdAt", "updatedAt"],
    rows,
    (index) => [id("wrks", index), `Workstream ${pad(index)}`, "SMS", "PICK", id("queu", index), ago(index), now],
  );
  await insertMany(
    sql,
    "RoutingRule",
    ["id", "workstreamId", "position", "name", "match", "conditions", "queueId", "createdAt", "updatedAt"],
    rows,
    (index) => [
      id("rule", index),
      id("wrks", index < 10 ? 0 : index),
      index,
      `Rule ${pad(index)}`,
      "all",
      "[]",
      id("queu", index),
      ago(index),
      now,
    ],
  );
  await insertMany(
    sql,
    "AuditEvent",
    ["id", "createdAt", "actorId", "actorEmail", "action", "entityType", "entityId", "entityLabel"],
    rows,
    (index) => [
      id("audt", index),
      ago(index),
      id("user", index % users),
      `user${pad(index % users)}@bench.test`,
      "queue.updated",
      ["queue", "user", "account", "workstream"][index % 4],
      id("queu", index),
      `Queue ${pad(index)}`,
    ],
  );
  // Conversations: the agent has a few open ones, 5 % wait in queue 0, the rest are resolved (half by the agent).
  const agentOpen = Math.min(10, rows);
  const waiting = Math.max(1, Math.floor(rows * 0.05));
  await insertMany(
    sql,
    "Conversation",
    [
      "id",
      "accountId",
      "numberId",
      "queueId",
      "assignedToId",
      "channel",
      "provider",
      "customerAddress",
      "ourAddress",
      "status",
      "lastMessageAt",
      "lastMessagePreview",
      "closedAt",
      "createdAt",
      "updatedAt",
    ],
    rows,
    (index) => {
      const open = index < agentOpen + waiting;
      const assignee = index < agentOpen || (!open && index % 2 === 0) ? id("agent", 0) : open ? null : id("user", index % users);
      return [
        id("conv", index),
        id("acct", 0),
        id("numb", 0),
        id("queu", 0),
        assignee,
        "SMS",
        "TWILIO",
        `+1415${pad(index)}`,
        `+1202${pad(0)}`,
        open ? "OPEN" : "RESOLVED",
        ago(index),
        `Hello ${index}`,
        open ? null : ago(index),
        ago(index),
        now,
      ];
    },
  );
  await insertMany(
    sql,
    "Message",
    ["id", "conversationId", "direction", "kind", "body", "provider", "providerMessageId", "status", "createdAt", "statusUpdatedAt"],
    rows,
    (index) => [
      id("mesg", index),
      id("conv", index),
      "INBOUND",
      "customer",
      `Hello ${index}`,
      "TWILIO",
      `SM${pad(index)}`,
      "RECEIVED",
      ago(index),
      ago(index),
    ],
  );
  await insertMany(
    sql,
    "HeldMessage",
    ["id", "accountId", "provider", "reason", "providerMessageId", "fromAddress", "toAddress", "body", "payload", "receivedAt"],
    rows,
    (index) => [
      id("held", index),
      id("acct", index % accounts),
      "TWILIO",
      "accountInactive",
      `SMH${pad(index)}`,
      `+1415${pad(index)}`,
      `+1202${pad(index)}`,
      `Held ${index}`,
      "{}",
      ago(index),
    ],
  );
  await insertMany(
    sql,
    "WebhookFailure",
    ["id", "accountId", "provider", "outcome", "reason", "path", "remoteAddress", "createdAt", "groupKey", "count", "lastSeenAt"],
    rows,
    (index) => [
      id("whfl", index),
      id("acct", index % accounts),
      "TWILIO",
      "rejected",
      "invalidSignature",
      "/api/webhooks/twilio/…",
      `10.0.${index % 250}.${index % 200}`,
      ago(index),
      `group-${index}`,
      1,
      ago(index),
    ],
  );
  // Failed for good (failedAt set): nothing in the app picks these up again by itself.
  await insertMany(
    sql,
    "InboundEvent",
    ["id", "accountId", "provider", "kind", "dedupeKey", "payload", "receivedAt", "attempts", "failedAt", "lastError"],
    rows,
    (index) => [
      id("evnt", index),
      id("acct", index % accounts),
      "TWILIO",
      "message",
      `SMF${pad(index)}`,
      "{}",
      ago(index),
      5,
      ago(index),
      "boom",
    ],
  );
  await insertMany(
    sql,
    "ConsentRecord",
    ["id", "numberId", "customerAddress", "status", "source", "updatedAt", "createdAt"],
    rows,
    (index) => [id("cons", index), id("numb", index), `+1415${pad(index)}`, "OPTED_OUT", "keyword", ago(index), ago(index)],
  );
  await settleSeededDatabase(sql.dialect, (statement) => sql.query(statement));
  return { adminToken, agentToken };
}

// ---- the pages: what the benchmark fetches from each server ----

export type Page = { name: string; path: (rows: number) => string; as: "admin" | "agent" };
/** `page=2000` and the keyset form of the same page: after the row just before it (row 49,975 of a newest-first list). */
const deep = (prefix: string, pageSize: number) => (rows: number) => {
  const before = Math.min(rows - 1, 1999 * pageSize - 1);
  return `page=2000&after=${id(prefix, rows > 1999 * pageSize ? before : Math.floor(rows / 2))}`;
};
export const PAGES: Page[] = [
  { name: "accounts", path: () => "/channels/accounts", as: "admin" },
  { name: "accounts page 2000", path: (rows) => `/channels/accounts?${deep("acct", 20)(rows)}`, as: "admin" },
  { name: "numbers", path: () => "/channels/numbers", as: "admin" },
  { name: "numbers page 2000", path: (rows) => `/channels/numbers?${deep("numb", 25)(rows)}`, as: "admin" },
  { name: "numbers of account 0", path: () => `/channels/numbers?accountId=${id("acct", 0)}`, as: "admin" },
  { name: "integrations", path: () => "/channels/integrations", as: "admin" },
  { name: "message log held", path: () => "/channels/message-log?tab=held", as: "admin" },
  { name: "message log held page 2000", path: (rows) => `/channels/message-log?tab=held&${deep("held", 25)(rows)}`, as: "admin" },
  { name: "message log rejected", path: () => "/channels/message-log?tab=rejected", as: "admin" },
  { name: "message log failed", path: () => "/channels/message-log?tab=failed", as: "admin" },
  { name: "message log consent", path: () => "/channels/message-log?tab=consent", as: "admin" },
  { name: "audit log", path: () => "/settings/audit-log", as: "admin" },
  { name: "audit log page 2000", path: (rows) => `/settings/audit-log?${deep("audt", 25)(rows)}`, as: "admin" },
  { name: "audit log by actor", path: () => `/settings/audit-log?actorId=${id("user", 1)}`, as: "admin" },
  { name: "audit log by type", path: () => "/settings/audit-log?entityType=queue", as: "admin" },
  { name: "users", path: () => "/settings/users", as: "admin" },
  { name: "queues", path: () => "/queues", as: "admin" },
  { name: "agents", path: () => "/queues/agents", as: "admin" },
  { name: "workstreams", path: () => "/workstreams", as: "admin" },
  { name: "operating hours", path: () => "/operating-hours", as: "admin" },
  { name: "routing rules", path: () => `/workstreams/${id("wrks", 0)}?tab=routing`, as: "admin" },
  { name: "api conversations agent mine", path: () => "/api/conversations?view=mine", as: "agent" },
  { name: "api conversations agent queues", path: () => "/api/conversations?view=queues", as: "agent" },
  { name: "api conversations agent resolved", path: () => "/api/conversations?view=resolved", as: "agent" },
  { name: "api conversations admin all", path: () => "/api/conversations?view=all", as: "admin" },
  { name: "api conversations admin resolved", path: () => "/api/conversations?view=resolved", as: "admin" },
  {
    name: "api conversations admin resolved page 2000",
    path: (rows) => `/api/conversations?view=resolved&${deep("conv", 25)(rows)}`,
    as: "admin",
  },
];

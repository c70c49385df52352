// `npm run bench:pages` — every admin list page and list API at 100 rows and at 100,000 rows of each kind
// (issue #13 items 1 and 6). Two production servers run side by side, one on a database seeded with
// `--small` rows of each kind (accounts, numbers, users, audit entries, conversations with a message,
// held messages, rejected requests, failed callbacks, consent records, number imports, queues,
// workstreams, operating hours, routing rules), one with `--rows`. Each page is fetched signed in (HTML of
// the RSC page, or the JSON of a list API) from both, interleaved and alternating which goes first, `--runs`
// times after a warm-up; per page the two medians of the full answer time on loopback and their ratio.
// Deep pages ("page 2000") ask with both forms a list may page by — `page=2000` and `after=<id of the
// row just before that page>` — so the same URL measures offset and keyset paging. Ends with one JSON line.
// Target: every ratio ≤ 2.
//
//   npm run bench:pages -- [--database sqlite|postgres] [--rows 100000] [--small 100] [--runs 7] [--port 3120] [--skip-build]
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from "./embedded-postgres.mjs";
import { median } from "./bench-support";
import { isBuildCurrent } from "./build-app";
import { killGroup, repositoryRoot, runScript, stopGroup, waitForReady } from "./bench-processes";
import { openSql, type Sql } from "./cluster/database";

process.chdir(repositoryRoot);
const argValue = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const DATABASE = argValue("database") ?? "sqlite";
const LARGE = Number(argValue("rows") ?? 100_000);
const SMALL = Number(argValue("small") ?? 100);
const RUNS = Number(argValue("runs") ?? 7);
const PORT = Number(argValue("port") ?? 3120);
const TARGET_RATIO = 2;
const TSX = join(repositoryRoot, "node_modules/tsx/dist/cli.mjs");
if (DATABASE !== "sqlite" && DATABASE !== "postgres") throw new Error("--database is sqlite or postgres");

const folder = mkdtempSync(join(tmpdir(), "switchboard-pages-"));
const running = new Set<ChildProcess>();
let postgres: EmbeddedPostgresServer | null = null;
process.on("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
  rmSync(folder, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(1));

// ---- seeding: plain multi-row INSERTs on the Prisma tables (quoted names work on both databases) ----

const pad = (value: number) => String(value).padStart(7, "0");
/** Ids shaped like the app's cuids (25 characters, lower case) so id validation accepts them. */
const id = (prefix: string, index: number) => `c${prefix.padEnd(5, "x")}${String(index).padStart(19, "0")}`;
const BASE_TIME = Date.UTC(2026, 0, 1);
/** Row `index` is `index` seconds older than row 0: newest-first lists show index 0 first. */
const ago = (index: number) => new Date(BASE_TIME - index * 1000);

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

type Seeded = { adminToken: string; agentToken: string };

async function seed(sql: Sql, rows: number): Promise<Seeded> {
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
  if (sql.dialect === "postgres") await sql.query("ANALYZE");
  else await sql.query("ANALYZE");
  return { adminToken, agentToken };
}

// ---- the pages ----

type Page = { name: string; path: (rows: number) => string; as: "admin" | "agent" };
/** `page=2000` and the keyset form of the same page: after the row just before it (row 49,975 of a newest-first list). */
const deep = (prefix: string, pageSize: number) => (rows: number) => {
  const before = Math.min(rows - 1, 1999 * pageSize - 1);
  return `page=2000&after=${id(prefix, rows > 1999 * pageSize ? before : Math.floor(rows / 2))}`;
};
const PAGES: Page[] = [
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

type Instance = { label: "small" | "large"; rows: number; base: string; tokens: Seeded; child: ChildProcess };

async function startInstance(label: "small" | "large", rows: number, port: number): Promise<Instance> {
  const databaseUrl = DATABASE === "sqlite" ? `file:${join(folder, `${label}.db`)}` : await postgres!.createDatabase(`pages_${label}`);
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PUBLIC_BASE_URL: base,
    APP_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    TWILIO_API_BASE_URL: "http://127.0.0.1:9",
    TELESIGN_API_BASE_URL: "http://127.0.0.1:9",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  runScript(join(repositoryRoot, "scripts/db-migrate.mjs"), [], env);
  const sql = await openSql(databaseUrl);
  const started = performance.now();
  const tokens = await seed(sql, rows);
  await sql.close();
  console.info(`  seeded ${rows} rows of each kind (${label}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const child = spawn(process.execPath, [TSX, "scripts/start.ts"], {
    cwd: repositoryRoot,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  running.add(child);
  child.on("exit", () => running.delete(child));
  await waitForReady(base);
  return { label, rows, base, tokens, child };
}

/** One signed-in GET, read to the end: milliseconds, bytes and status. */
async function timeGet(instance: Instance, page: Page) {
  const token = page.as === "admin" ? instance.tokens.adminToken : instance.tokens.agentToken;
  const started = performance.now();
  const response = await fetch(`${instance.base}${page.path(instance.rows)}`, {
    headers: { cookie: `sb_session=${token}` },
    redirect: "manual",
  });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, bytes: body.byteLength, status: response.status };
}

if (!process.argv.includes("--skip-build") && !isBuildCurrent(repositoryRoot))
  runScript(TSX, ["scripts/build.ts"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
if (DATABASE === "postgres") postgres = await startEmbeddedPostgres();
console.info(`Pages benchmark on ${DATABASE}: ${SMALL} vs ${LARGE} rows of each kind, ${RUNS} runs`);
const small = await startInstance("small", SMALL, PORT);
const large = await startInstance("large", LARGE, PORT + 1);

const times = new Map<string, { small: number[]; large: number[]; bytes: number; statuses: Set<number> }>();
for (const page of PAGES) times.set(page.name, { small: [], large: [], bytes: 0, statuses: new Set() });
// Warm-up: compile nothing (production build), but load route modules and the database's pages.
for (const page of PAGES) for (const instance of [small, large]) await timeGet(instance, page);
for (let run = 0; run < RUNS; run += 1) {
  for (const page of PAGES) {
    const order = run % 2 === 0 ? [small, large] : [large, small];
    for (const instance of order) {
      const result = await timeGet(instance, page);
      const entry = times.get(page.name)!;
      entry[instance.label].push(result.ms);
      entry.statuses.add(result.status);
      if (instance.label === "large") entry.bytes = result.bytes;
    }
  }
}

const figures: Record<string, { smallMs: number; largeMs: number; ratio: number; largeKb: number; statuses: number[] }> = {};
console.info(
  `\n  ${"page".padEnd(44)} ${`${SMALL} rows`.padStart(10)} ${`${LARGE} rows`.padStart(12)} ${"ratio".padStart(7)} ${"HTML kB".padStart(8)}`,
);
for (const page of PAGES) {
  const entry = times.get(page.name)!;
  const smallMs = median(entry.small);
  const largeMs = median(entry.large);
  const ratio = largeMs / Math.max(smallMs, 0.1);
  figures[page.name] = {
    smallMs: Number(smallMs.toFixed(1)),
    largeMs: Number(largeMs.toFixed(1)),
    ratio: Number(ratio.toFixed(2)),
    largeKb: Math.round(entry.bytes / 1024),
    statuses: [...entry.statuses],
  };
  const flag = ratio > TARGET_RATIO ? "  ✗" : "";
  const statusNote = [...entry.statuses].some((status) => status !== 200) ? `  (status ${[...entry.statuses].join(",")})` : "";
  console.info(
    `  ${page.name.padEnd(44)} ${`${smallMs.toFixed(1)} ms`.padStart(10)} ${`${largeMs.toFixed(1)} ms`.padStart(12)} ${`${ratio.toFixed(2)}×`.padStart(7)} ${String(Math.round(entry.bytes / 1024)).padStart(8)}${flag}${statusNote}`,
  );
}
const ratios = Object.values(figures).map((figure) => figure.ratio);
const allOk = Object.values(figures).every((figure) => figure.statuses.every((status) => status === 200));
const pass = allOk && ratios.every((ratio) => ratio <= TARGET_RATIO);
console.info(pass ? "  RESULT: pass" : `  RESULT: FAIL (target: every ratio ≤ ${TARGET_RATIO}, every answer 200)`);
console.log(
  JSON.stringify({
    bench: "pages",
    database: DATABASE,
    smallRows: SMALL,
    largeRows: LARGE,
    runs: RUNS,
    maxRatio: Math.max(...ratios),
    pass,
    pages: figures,
  }),
);
await Promise.all([small, large].map((instance) => stopGroup(instance.child)));
await postgres?.stop();
process.exit(pass ? 0 : 1);

// `npm run bench:conversations` — the conversations list (lib/conversations/list.ts) and the background
// ticks (lib/message-engine/worker.ts) at 100 and at 100,000 conversations (issue #13 items 1-3). Two child
// processes hold one seeded throwaway database each (SQLite, or PostgreSQL with --database postgresql);
// the parent asks them in turn, scenario by scenario and round by round (interleaved), for the time of one
// call, and prints per scenario the two medians and their ratio. Ends with one JSON line.
//
//   npm run bench:conversations -- [--large 100000] [--rounds 15] [--database sqlite|postgresql]
//
// The seed: 90% resolved, the rest open in 5 queues over 200 days, two messages each; 20 agents with
// capacity 1 hold one open conversation each and the other open ones wait, so the ticks have nothing to
// do and what they cost is pure overhead, which should not grow with the table (O(work to do)).
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { settleSeededDatabase } from "./bench-statistics";

const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};

const SCENARIOS = [
  "agent mine",
  "agent queues",
  "agent resolved",
  "admin all",
  "admin resolved",
  "admin resolved page 2000",
  "search customer number",
  "search number common",
  "search channel+status",
  "search message text",
  "search text rare",
  "search text common",
  "agent search text",
  "agent search text common",
  "tick assign-waiting",
  "tick auto-close",
  "tick requeue-stranded",
] as const;
type Scenario = (typeof SCENARIOS)[number];

if (process.argv.includes("--child")) await runChild();
else await runParent();

async function runParent() {
  const large = Number(arg("large", "100000"));
  const rounds = Number(arg("rounds", "15"));
  const database = arg("database", "sqlite");
  const pg = database === "postgresql" ? await (await import("./embedded-postgres.mjs")).startEmbeddedPostgres() : null;
  const spawnChild = async (size: number) => {
    const url = pg ? await pg.createDatabase(`bench_conversations_${size}`) : "";
    const child = fork(process.argv[1]!, ["--child", "--size", String(size), "--url", url], {
      execArgv: ["--import", "tsx", "--import", "./scripts/server-only-register.mjs"],
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    await nextMessage(child); // seeded
    return child;
  };
  console.error(`seeding 100 and ${large} conversations on ${database}…`);
  const started = Date.now();
  const [small, big] = await Promise.all([spawnChild(100), spawnChild(large)]);
  console.error(`seeded in ${Math.round((Date.now() - started) / 1000)} s`);
  const times = new Map<string, number[]>();
  /** Rows on the page each size answered (the same every round): a search's page may hold 1 row at 100, 25 at 100,000. */
  const rows = new Map<string, number | null>();
  const ask = async (child: ChildProcess, scenario: Scenario, label: string) => {
    child.send({ scenario });
    const answer = (await nextMessage(child)) as { ms: number; rows: number | null };
    rows.set(`${scenario}|${label}`, answer.rows);
    return answer.ms;
  };
  try {
    for (const scenario of SCENARIOS) {
      await ask(small, scenario, "small"); // warm-up: first-call compilation and caches
      await ask(big, scenario, "large");
    }
    for (let round = 0; round < rounds; round += 1) {
      for (const scenario of SCENARIOS) {
        // Alternate which size goes first, so drift affects both alike.
        const order =
          round % 2 === 0
            ? ([
                ["small", small],
                ["large", big],
              ] as const)
            : ([
                ["large", big],
                ["small", small],
              ] as const);
        for (const [label, child] of order) {
          const key = `${scenario}|${label}`;
          times.set(key, [...(times.get(key) ?? []), await ask(child, scenario, label)]);
        }
      }
    }
  } finally {
    small.kill();
    big.kill();
    await pg?.stop();
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  const figures: Record<string, { smallMs: number; largeMs: number; ratio: number; smallRows: number | null; largeRows: number | null }> =
    {};
  for (const scenario of SCENARIOS) {
    const smallMs = median(times.get(`${scenario}|small`) ?? []);
    const largeMs = median(times.get(`${scenario}|large`) ?? []);
    const smallRows = rows.get(`${scenario}|small`) ?? null;
    const largeRows = rows.get(`${scenario}|large`) ?? null;
    figures[scenario] = {
      smallMs: round2(smallMs),
      largeMs: round2(largeMs),
      ratio: round2(largeMs / Math.max(smallMs, 0.001)),
      smallRows,
      largeRows,
    };
    const rowsText = smallRows === null ? "" : `  (rows ${smallRows} / ${largeRows})`;
    console.error(
      `${scenario.padEnd(28)} 100: ${smallMs.toFixed(2)} ms  ${large}: ${largeMs.toFixed(2)} ms  ×${figures[scenario].ratio}${rowsText}`,
    );
  }
  console.log(JSON.stringify({ bench: "conversations", database, small: 100, large, rounds, figures }));
}

function round2(value: number) {
  return Math.round(value * 100) / 100;
}

function nextMessage(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      child.off("exit", onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => {
      child.off("message", onMessage);
      reject(new Error(`bench child exited with ${code}`));
    };
    child.once("message", onMessage);
    child.once("exit", onExit);
  });
}

async function runChild() {
  const size = Number(arg("size", "100"));
  const folder = mkdtempSync(path.join(tmpdir(), "switchboard-bench-conversations-"));
  const url = arg("url", "") || `file:${path.join(folder, "bench.db")}`;
  process.env.DATABASE_URL = url;
  process.env.APP_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  process.env.DATABASE_POOL_SIZE = "4";
  process.on("exit", () => rmSync(folder, { recursive: true, force: true }));
  const { applyMigrations } = await import("../prisma/migration-engine.mjs");
  await applyMigrations({ databaseUrl: url });
  const { db } = await import("../lib/db");
  const seeded = await seed(db, size);
  await settleSeededDatabase(url.startsWith("file:") ? "sqlite" : "postgres", (statement) => db.$executeRawUnsafe(statement));
  const { listConversations } = await import("../lib/conversations/list");
  const { listCursorSchema } = await import("../lib/conversations/conversations.schema");
  const worker = await import("../lib/message-engine/worker");
  const agent = { id: seeded.agentId, role: "AGENT" as const };
  const admin = { id: seeded.adminId, role: "ADMINISTRATOR" as const };
  const deep = listCursorSchema.parse(seeded.deepCursor);
  const run: Record<Scenario, () => Promise<unknown>> = {
    "agent mine": () => listConversations({ user: agent, view: "mine" }),
    "agent queues": () => listConversations({ user: agent, view: "queues" }),
    "agent resolved": () => listConversations({ user: agent, view: "resolved" }),
    "admin all": () => listConversations({ user: admin, view: "all" }),
    "admin resolved": () => listConversations({ user: admin, view: "resolved" }),
    "admin resolved page 2000": () => listConversations({ user: admin, view: "resolved", older: deep }),
    "search customer number": () => listConversations({ user: admin, filters: { q: "+1 206 555 0042" } }),
    "search channel+status": () => listConversations({ user: admin, filters: { channel: "WHATSAPP", status: "open" } }),
    // "parcel 77": 1 conversation of 100, 1,111 of 100,000, all of them 22,000 conversations back.
    "search message text": () => listConversations({ user: admin, filters: { text: "parcel 77" } }),
    "search text rare": () => listConversations({ user: admin, filters: { text: "PARCEL 42?" } }),
    "search text common": () => listConversations({ user: admin, filters: { text: "its WAY" } }),
    "search number common": () => listConversations({ user: admin, filters: { q: "206 555" } }),
    "agent search text": () => listConversations({ user: agent, filters: { text: "parcel 77" } }),
    "agent search text common": () => listConversations({ user: agent, filters: { text: "Parcel" } }),
    "tick assign-waiting": () => worker.assignWaitingConversations(),
    "tick auto-close": () => worker.closeInactiveConversations(new Date()),
    "tick requeue-stranded": () => worker.requeueStrandedWork(new Date()),
  };
  process.on("message", (message: { scenario: Scenario }) => {
    const started = performance.now();
    // -1: this build can't run the scenario (e.g. search, measured against code from before it existed).
    void run[message.scenario]().then(
      (result) => {
        const ms = performance.now() - started;
        const items = (result as { items?: unknown[] } | undefined)?.items;
        process.send!({ ms, rows: Array.isArray(items) ? items.length : null });
      },
      () => process.send!({ ms: -1, rows: null }),
    );
  });
  process.send!("seeded");
}

type Db = (typeof import("../lib/db"))["db"];

async function seed(db: Db, size: number) {
  const account = await db.messagingAccount.create({
    data: {
      name: "Bench",
      channel: "SMS",
      provider: "TWILIO",
      status: "ACTIVE",
      callbackKey: "bench",
      twilioAccountSid: "ACbench",
      twilioAuthToken: "t",
    },
    select: { id: true },
  });
  const number = await db.phoneNumber.create({
    data: { accountId: account.id, address: "+12065550100", e164: "+12065550100", type: "LONG_CODE" },
    select: { id: true },
  });
  const queues = await Promise.all(
    Array.from({ length: 5 }, (_, i) => db.queue.create({ data: { name: `Queue ${i}` }, select: { id: true } })),
  );
  const workstream = await db.workstream.create({
    data: { name: "Bench", channel: "SMS", distributionMode: "PUSH", fallbackQueueId: queues[0]!.id, autoCloseMinutes: 43200 },
    select: { id: true },
  });
  const admin = await db.user.create({
    data: { email: "admin@bench.example", name: "Admin", passwordHash: "x", role: "ADMINISTRATOR" },
    select: { id: true },
  });
  const agents: { id: string }[] = [];
  for (let i = 0; i < 20; i += 1) {
    agents.push(
      await db.user.create({
        data: {
          email: `agent${i}@bench.example`,
          name: `Agent ${i}`,
          passwordHash: "x",
          role: "AGENT",
          // Full: capacity 1 with one open conversation each (below), so ticks have nothing to assign.
          agentProfile: { create: { capacity: 1 } },
          queues: { create: [{ queueId: queues[i % 5]!.id }, { queueId: queues[(i + 1) % 5]!.id }] },
        },
        select: { id: true },
      }),
    );
  }
  // 200 days, so the open tenth is from the last 20 and auto-close (30 days) finds nothing to do.
  const yearMs = 200 * 24 * 60 * 60 * 1000;
  const now = Date.now();
  const openCount = Math.max(agents.length * 2, Math.round(size * 0.1));
  const rows = Array.from({ length: size }, (_, i) => {
    const isOpen = i >= size - openCount; // the newest are open
    const openIndex = i - (size - openCount);
    const at = new Date(now - yearMs + Math.round((i / size) * yearMs));
    return {
      id: `bench${String(i).padStart(8, "0")}`,
      accountId: account.id,
      numberId: number.id,
      workstreamId: workstream.id,
      queueId: queues[i % 5]!.id,
      assignedToId:
        isOpen && openIndex < agents.length * 2 && openIndex % 2 === 0
          ? agents[openIndex / 2]!.id
          : !isOpen
            ? agents[i % agents.length]!.id
            : null,
      channel: i % 3 === 0 ? ("WHATSAPP" as const) : ("SMS" as const),
      provider: "TWILIO" as const,
      customerAddress: `+1206555${String(i).padStart(4, "0")}${String(i).padStart(6, "0")}`,
      ourAddress: "+12065550100",
      status: isOpen ? ("OPEN" as const) : ("RESOLVED" as const),
      lastInboundAt: at,
      lastMessageAt: at,
      lastMessagePreview: `Message ${i}`,
      createdAt: at,
    };
  });
  for (let start = 0; start < rows.length; start += 5000) {
    const batch = rows.slice(start, start + 5000);
    await db.conversation.createMany({ data: batch });
    await db.message.createMany({
      data: batch.flatMap((row, j) => [
        {
          conversationId: row.id,
          direction: "INBOUND" as const,
          kind: "customer",
          body: `Where is parcel ${start + j}?`,
          provider: "TWILIO" as const,
          status: "RECEIVED" as const,
          createdAt: row.lastMessageAt,
        },
        {
          conversationId: row.id,
          direction: "OUTBOUND" as const,
          kind: "agent",
          body: "It is on its way.",
          provider: "TWILIO" as const,
          status: "DELIVERED" as const,
          createdAt: row.lastMessageAt,
        },
      ]),
    });
  }
  const resolved = rows.filter((row) => row.status === "RESOLVED").reverse();
  // The row before page 2,000 (or, in the small database, one that still leaves a full page after it).
  const deep = resolved[Math.min(resolved.length - 27, 1999 * 25 - 1)]!;
  return { agentId: agents[0]!.id, adminId: admin.id, deepCursor: `${deep.lastMessageAt.getTime()}:${deep.id}` };
}

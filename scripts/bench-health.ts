// `npm run bench:health` — delivery health's reads (lib/delivery-health) at 100 vs 100,000 outbound
// messages of the last 7 days: a number's page, an account's section, the dashboard's overall chart
// and its ranking. Two throwaway SQLite databases, seeded alike but for size; each measurement runs in
// a child process of its own (lib/db reads DATABASE_URL once), the two sizes interleaved round by round.
// Prints a table, then one JSON line {scenario: {small, large, ratio}} of medians in ms.
//
//   npm run bench:health -- [--messages 100000] [--rounds 3] [--repeat 5]
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { arg, median } from "./bench-support";

const SCENARIOS = ["numberPage", "accountPage", "dashboardOverall", "dashboardRanking"] as const;
type Scenario = (typeof SCENARIOS)[number];
const NUMBERS = 50;
const ACCOUNTS = 5;
const DAY = 24 * 3_600_000;

const mode = process.argv[2];
if (mode === "--seed") await seed(Number(process.argv[3]));
else if (mode === "--measure") await measure(Number(process.argv[3]));
else await orchestrate();

async function orchestrate() {
  const messages = arg("messages", 100_000);
  const rounds = arg("rounds", 3);
  const repeat = arg("repeat", 5);
  const dir = mkdtempSync(join(tmpdir(), "switchboard-bench-health-"));
  const key = randomBytes(32).toString("base64");
  const self = fileURLToPath(import.meta.url);
  const run = (databaseUrl: string, args: string[]) =>
    execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", self, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, APP_ENCRYPTION_KEY: key, LOG_LEVEL: "error" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
  try {
    const sizes = { small: 100, large: messages };
    const urls = { small: `file:${join(dir, "small.db")}`, large: `file:${join(dir, "large.db")}` };
    const { applyMigrations } = await import("../prisma/migration-engine.mjs");
    for (const size of ["small", "large"] as const) {
      await applyMigrations({ databaseUrl: urls[size] });
      console.info(`Seeding ${sizes[size]} messages…`);
      run(urls[size], ["--seed", String(sizes[size])]);
    }
    const timings: Record<"small" | "large", Record<Scenario, number[]>> = {
      small: Object.fromEntries(SCENARIOS.map((s) => [s, []])) as unknown as Record<Scenario, number[]>,
      large: Object.fromEntries(SCENARIOS.map((s) => [s, []])) as unknown as Record<Scenario, number[]>,
    };
    for (let round = 0; round < rounds; round += 1) {
      for (const size of ["small", "large"] as const) {
        const lines = run(urls[size], ["--measure", String(repeat)])
          .trim()
          .split("\n");
        const figures = JSON.parse(lines.at(-1)!) as Record<Scenario, number[]>;
        for (const scenario of SCENARIOS) timings[size][scenario].push(...figures[scenario]);
      }
    }
    const result = Object.fromEntries(
      SCENARIOS.map((scenario) => {
        const small = median(timings.small[scenario]);
        const large = median(timings.large[scenario]);
        return [scenario, { small: round1(small), large: round1(large), ratio: round1(large / Math.max(small, 0.1)) }];
      }),
    );
    for (const [scenario, figures] of Object.entries(result))
      console.info(
        `${scenario.padEnd(18)} ${String(figures.small).padStart(8)} ms ${String(figures.large).padStart(8)} ms  ×${figures.ratio}`,
      );
    console.info(JSON.stringify({ messages, ...result }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round1(value: number) {
  return Math.round(value * 10) / 10;
}

/** Accounts with numbers, each number's conversations of the week with outbound messages of every outcome. */
async function seed(messages: number) {
  const { db } = await import("../lib/db");
  const now = Date.now();
  const numberIds: { id: string; accountId: string; address: string }[] = [];
  for (let a = 0; a < ACCOUNTS; a += 1) {
    const account = await db.messagingAccount.create({
      data: { name: `Bench ${a}`, channel: "SMS", provider: "TWILIO", status: "ACTIVE", callbackKey: randomBytes(16).toString("hex") },
      select: { id: true },
    });
    for (let n = 0; n < NUMBERS / ACCOUNTS; n += 1) {
      const address = `+1555${String(a * 100 + n).padStart(7, "0")}`;
      const number = await db.phoneNumber.create({ data: { accountId: account.id, address, e164: address }, select: { id: true } });
      numberIds.push({ id: number.id, accountId: account.id, address });
    }
  }
  const statuses = ["DELIVERED", "DELIVERED", "DELIVERED", "SENT", "FAILED", "READ", "QUEUED"] as const;
  const codes = ["30003", "30005", "30006", "30007", "21610", "63016"];
  const perConversation = 4;
  let made = 0;
  while (made < messages) {
    const batch = Math.min(5000, messages - made);
    const conversations = Array.from({ length: Math.ceil(batch / perConversation) }, (_, i) => {
      const number = numberIds[(made / perConversation + i) % numberIds.length]!;
      return {
        id: `c${made + i * perConversation}`,
        accountId: number.accountId,
        numberId: number.id,
        channel: "SMS" as const,
        provider: "TWILIO" as const,
        customerAddress: `+1444${String(made + i).padStart(7, "0")}`,
        ourAddress: number.address,
        status: "RESOLVED" as const,
        createdAt: new Date(now - ((made + i * perConversation) % (7 * DAY))),
      };
    });
    await db.conversation.createMany({ data: conversations });
    await db.message.createMany({
      data: Array.from({ length: batch }, (_, i) => {
        const index = made + i;
        const conversation = conversations[Math.floor(i / perConversation)]!;
        const status = statuses[index % statuses.length]!;
        return {
          conversationId: conversation.id,
          direction: "OUTBOUND" as const,
          kind: i % perConversation === 0 ? "automated" : "agent",
          provider: "TWILIO" as const,
          providerMessageId: `SM${index}`,
          status,
          errorCode: status === "FAILED" ? codes[index % codes.length]! : null,
          providerStatus: status === "FAILED" && index % 2 === 0 ? "undelivered" : null,
          createdAt: new Date(conversation.createdAt.getTime() + (i % perConversation) * 60_000),
        };
      }),
    });
    made += batch;
  }
  await db.$disconnect();
}

async function measure(repeat: number) {
  const { db } = await import("../lib/db");
  const health = await import("../lib/delivery-health/health");
  const { healthWindow } = await import("../lib/delivery-health/period");
  const window = healthWindow("7d", new Date(), "UTC");
  const number = await db.phoneNumber.findFirstOrThrow({ select: { id: true, accountId: true } });
  const runs: Record<Scenario, () => Promise<unknown>> = {
    numberPage: () => health.getNumberHealth({ numberId: number.id, window }),
    accountPage: () => health.getAccountHealth({ accountId: number.accountId, window }),
    dashboardOverall: () => health.getOverallHealth({ window }),
    dashboardRanking: () => health.listHealthRanking({ view: "numbers", window, cursor: {} }),
  };
  const figures = Object.fromEntries(SCENARIOS.map((s) => [s, [] as number[]])) as Record<Scenario, number[]>;
  for (const scenario of SCENARIOS) await runs[scenario](); // warm up: connection, statement caches
  for (let i = 0; i < repeat; i += 1) {
    for (const scenario of SCENARIOS) {
      const started = performance.now();
      await runs[scenario]();
      figures[scenario].push(performance.now() - started);
    }
  }
  await db.$disconnect();
  console.info(JSON.stringify(figures));
}

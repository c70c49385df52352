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
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from "./embedded-postgres.mjs";
import { benchServerEnv, median } from "./bench-support";
import { isBuildCurrent } from "./build-app";
import { killGroup, repositoryRoot, runScript, stopGroup, waitForReady } from "./bench-processes";
import { openSql } from "./cluster/database";
import { PAGES, seed, type Page, type Seeded } from "./bench-pages-seed";

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

type Instance = { label: "small" | "large"; rows: number; base: string; tokens: Seeded; child: ChildProcess };

async function startInstance(label: "small" | "large", rows: number, port: number): Promise<Instance> {
  const databaseUrl = DATABASE === "sqlite" ? `file:${join(folder, `${label}.db`)}` : await postgres!.createDatabase(`pages_${label}`);
  const base = `http://127.0.0.1:${port}`;
  const env = benchServerEnv({ databaseUrl, base });
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

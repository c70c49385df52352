// `npx tsx scripts/explain-pages.ts` — why a list page is slow: seeds one database with the data of
// `npm run bench:pages` (scripts/bench-pages-seed.ts), starts the production server with every SQL
// statement logged (scripts/query-log.mjs), fetches each page (warm, then once more logged) and prints
// the statements that took longest, with the database's plan for the slowest ones (EXPLAIN QUERY PLAN on
// SQLite, EXPLAIN ANALYZE on PostgreSQL). A development tool: it measures nothing for the figures.
//
//   npx tsx scripts/explain-pages.ts -- [--database sqlite|postgres] [--rows 100000] [--page <name part>] [--top 4] [--port 3130]
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from "./embedded-postgres.mjs";
import { isBuildCurrent } from "./build-app";
import { killGroup, repositoryRoot, runScript, stopGroup, waitForReady } from "./bench-processes";
import { benchServerEnv } from "./bench-support";
import { openSql } from "./cluster/database";
import { PAGES, seed } from "./bench-pages-seed";

process.chdir(repositoryRoot);
const argValue = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const DATABASE = argValue("database") ?? "sqlite";
const ROWS = Number(argValue("rows") ?? 100_000);
const ONLY = argValue("page");
const TOP = Number(argValue("top") ?? 4);
const PORT = Number(argValue("port") ?? 3130);
const TSX = join(repositoryRoot, "node_modules/tsx/dist/cli.mjs");

const folder = mkdtempSync(join(tmpdir(), "switchboard-explain-"));
const log = join(folder, "queries.jsonl");
let server: ChildProcess | null = null;
let postgres: EmbeddedPostgresServer | null = null;
process.on("exit", () => {
  if (server) killGroup(server, "SIGKILL");
  rmSync(folder, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(1));

if (!isBuildCurrent(repositoryRoot)) runScript(TSX, ["scripts/build.ts"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
if (DATABASE === "postgres") postgres = await startEmbeddedPostgres();
const databaseUrl = postgres ? await postgres.createDatabase("explain_pages") : `file:${join(folder, "explain.db")}`;
const base = `http://127.0.0.1:${PORT}`;
const env = benchServerEnv({ databaseUrl, base });
runScript(join(repositoryRoot, "scripts/db-migrate.mjs"), [], env);
const sql = await openSql(databaseUrl);
const tokens = await seed(sql, ROWS);
writeFileSync(log, "");
server = spawn(process.execPath, [TSX, "scripts/start.ts"], {
  cwd: repositoryRoot,
  env: { ...env, PORT: String(PORT), QUERY_LOG: log, NODE_OPTIONS: `--import ${join(repositoryRoot, "scripts/query-log.mjs")}` },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
await waitForReady(base);

type Logged = { ms: number; sql: string; params: string[] };
const get = async (path: string, as: "admin" | "agent") => {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    headers: { cookie: `sb_session=${as === "admin" ? tokens.adminToken : tokens.agentToken}` },
    redirect: "manual",
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
};
/** `$1`-numbered text and its parameters, as the database takes them (SQLite's `?` are numbered here). */
async function plan(statement: Logged): Promise<string> {
  const params = statement.params.map((value) => (value === "null" ? null : value));
  if (sql.dialect === "sqlite") {
    const rows = await sql.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${statement.sql.replace(/\?/g, () => "$0")}`, params);
    return rows.map((row) => `      ${row.detail}`).join("\n");
  }
  const rows = await sql.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, params);
  return rows.map((row) => `      ${row["QUERY PLAN"]}`).join("\n");
}

for (const page of PAGES.filter((candidate) => !ONLY || candidate.name.includes(ONLY))) {
  const path = page.path(ROWS);
  await get(path, page.as);
  await get(path, page.as);
  writeFileSync(log, "");
  const { ms, status } = await get(path, page.as);
  const statements = readFileSync(log, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Logged);
  const total = statements.reduce((sum, statement) => sum + statement.ms, 0);
  console.info(`\n${page.name} (${status}): ${ms.toFixed(1)} ms, ${statements.length} statements, ${total.toFixed(1)} ms in the database`);
  const slowest = [...statements].sort((a, b) => b.ms - a.ms).slice(0, TOP);
  for (const [index, statement] of slowest.entries()) {
    console.info(`  ${statement.ms.toFixed(2)} ms  ${statement.sql.replace(/\s+/g, " ").slice(0, 600)}`);
    if (index < 2 && statement.ms > 1 && /^\s*select/i.test(statement.sql)) {
      console.info(await plan(statement).catch((error: Error) => `      (no plan: ${error.message})`));
    }
  }
}
await sql.close();
await stopGroup(server);
await postgres?.stop();
process.exit(0);

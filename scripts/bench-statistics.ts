// After a bulk seed, the state a database in use would be in before a benchmark reads it: planner
// statistics on both databases, and on PostgreSQL also the visibility map (VACUUM), which decides
// whether index-only scans need the heap. Without this, autovacuum does both at a moment of its own choosing
// mid-run and plans change under the measurement (decision 041 saw one query at 57 ms, 15–18 ms in
// other runs; decision 043).
export async function settleSeededDatabase(dialect: "postgres" | "sqlite", run: (statement: string) => Promise<unknown>) {
  await run(dialect === "postgres" ? "VACUUM ANALYZE" : "ANALYZE");
}

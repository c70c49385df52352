// A bad configuration stops the server with one line per bad variable, even when someone runs
// `next start` directly instead of `npm start`.
import { databaseFileProblem, sqlitePathFromUrl } from "@/prisma/database-file.mjs";
import { InvalidEnvironmentError, loadEnv } from "./load";

try {
  const env = loadEnv();
  // The SQLite file is checked here; a PostgreSQL server is reached by the first query (and by `npm start`'s migration).
  const databaseProblem = env.databaseProvider === "sqlite" ? databaseFileProblem(sqlitePathFromUrl(env.DATABASE_URL)) : null;
  if (databaseProblem) {
    console.error(`Switchboard cannot start: DATABASE_URL: ${databaseProblem}.`);
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof InvalidEnvironmentError)) throw error;
  console.error("Switchboard cannot start: invalid configuration.");
  for (const line of error.problems) console.error(`  ${line}`);
  process.exit(1);
}

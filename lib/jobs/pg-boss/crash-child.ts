// A job engine instance in its own process for the crash test (lib/jobs/pg-boss-engine.test.ts): its
// handler reports the job it started on stdout and never finishes, so the test can SIGKILL it mid-job.
//   node --conditions=react-server --import tsx lib/jobs/pg-boss/crash-child.ts <database url> <queue>
import { PgBossJobEngine } from "../pg-boss-engine";
import { CRASH_TEST_ENGINE_OPTIONS, CRASH_TEST_TIMEOUT_SECONDS } from "./crash-test-options";

const [connectionString, queue] = process.argv.slice(2);
if (!connectionString || !queue) throw new Error("usage: crash-child.ts <database url> <queue>");

const engine = new PgBossJobEngine({ connectionString, ...CRASH_TEST_ENGINE_OPTIONS });
await engine.work<{ label: string }>(
  queue,
  async (payload, context) => {
    process.stdout.write(`${JSON.stringify({ started: payload.label, id: context.id, attempt: context.attempt })}\n`);
    await new Promise<never>(() => undefined);
  },
  { timeoutSeconds: CRASH_TEST_TIMEOUT_SECONDS },
);
await engine.start();
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);

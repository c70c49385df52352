// The message flow on the job engine (decision 017): which queues exist, their handlers, and the
// periodic work. Handlers only use the JobEngine contract, so the embedded engine and pg-boss run
// them unchanged. Started once per server process from instrumentation.ts.
import "server-only";
import { BOT_QUEUE, processBotJob, type BotJob } from "@/lib/bots/bot-job";
import { fallBackOverdueBotConversations } from "@/lib/bots/handoff";
import { failStaleImports } from "@/lib/inventory/run-import";
import { getJobEngine } from "@/lib/jobs/engine";
import type { JobEngineState } from "@/lib/health/readiness";
import type { JobEngine } from "@/lib/jobs/types";
import { syncDueTemplateAccounts } from "@/lib/templates/twilio-sync";
import { ASSIGN_WAITING_QUEUE } from "./assign-soon";
import { INBOUND_QUEUE, processInboundJob, type InboundJob } from "./inbound-queue";
import { getEnv } from "@/lib/env";
import { failUnconfirmedSends } from "./reconcile";
import { deliverMessage, SEND_QUEUE, type SendJob } from "./send";
import { assignWaitingConversations, closeInactiveConversations, pruneExpiredRecords, requeueStrandedWork } from "./worker";

const PERIODIC = [
  { queue: ASSIGN_WAITING_QUEUE, everySeconds: 5, run: () => assignWaitingConversations() },
  { queue: "auto-close", everySeconds: 30, run: () => closeInactiveConversations(new Date()) },
  { queue: "requeue-stranded", everySeconds: 60, run: () => requeueStrandedWork(new Date()) },
  { queue: "prune", everySeconds: 60, run: () => pruneExpiredRecords(new Date()) },
  { queue: "stale-imports", everySeconds: 60, run: () => failStaleImports() },
  // Sends whose outcome is unknown and whose status callback never came (decision 033).
  { queue: "unconfirmed-sends", everySeconds: 60, run: async () => void (await failUnconfirmedSends(new Date())) },
  { queue: "bot-fallback", everySeconds: 15, run: async () => void (await fallBackOverdueBotConversations(new Date())) },
  // WhatsApp template approval from Twilio's Content API: a few accounts due for their hourly sync per tick.
  { queue: "template-sync", everySeconds: 300, run: async () => void (await syncDueTemplateAccounts(new Date())) },
] as const;

// Routing is database work; sends mostly wait on the provider, so more of them run at once.
const INBOUND_CONCURRENCY = 8;
const SEND_CONCURRENCY = 16;
// Past these a run counts as failed. On PostgreSQL they are also how soon a killed instance's jobs run
// elsewhere (pg-boss 10 has no heartbeat, decision 020): routing takes milliseconds, a send at most the
// provider's timeout (PROVIDER_SEND_TIMEOUT_MS) plus a few writes. A run cut short is retried, and both handlers are
// idempotent (unique provider message ids, the send-started mark). Periodic work keeps the default.
const INBOUND_TIMEOUT_SECONDS = 10;
const sendTimeoutSeconds = () => Math.ceil(getEnv().PROVIDER_SEND_TIMEOUT_MS / 1000) + 10;
// Bot requests wait on the bot (up to its timeout each).
const BOT_CONCURRENCY = 8;

/** `clock`: the send job's time and randomness (tests pass the engine's own clock). */
export async function registerMessageJobs(engine: JobEngine, clock: { now?: () => Date; random?: () => number } = {}) {
  await engine.work<InboundJob>(INBOUND_QUEUE, processInboundJob, {
    concurrency: INBOUND_CONCURRENCY,
    timeoutSeconds: INBOUND_TIMEOUT_SECONDS,
    // Embedded engine: under saturation the webhook answers go first, routing at most 1.5 s later (decision 038).
    yieldsToAnswers: true,
  });
  await engine.work<SendJob>(SEND_QUEUE, (payload) => deliverMessage(payload, clock), {
    concurrency: SEND_CONCURRENCY,
    timeoutSeconds: sendTimeoutSeconds(),
  });
  await engine.work<BotJob>(BOT_QUEUE, (payload) => processBotJob(payload), { concurrency: BOT_CONCURRENCY });
  for (const periodic of PERIODIC) await engine.work(periodic.queue, () => periodic.run(), { concurrency: 1 });
}

const state = globalThis as typeof globalThis & { __sbMessageJobs?: Promise<void>; __sbMessageJobsState?: JobEngineState };

/** Registers the handlers and schedules, then starts the engine. Once per process. */
export function startMessageEngine(): Promise<void> {
  state.__sbMessageJobs ??= (async () => {
    state.__sbMessageJobsState = "starting";
    try {
      const engine = getJobEngine();
      await registerMessageJobs(engine);
      for (const periodic of PERIODIC) await engine.schedule(periodic.queue, periodic.everySeconds);
      await engine.start();
      state.__sbMessageJobsState = "started";
    } catch (error) {
      state.__sbMessageJobsState = "failed";
      throw error;
    }
  })();
  return state.__sbMessageJobs;
}

/** For the readiness check (GET /api/health/ready): "starting" until startMessageEngine has finished. */
export function messageEngineState(): JobEngineState {
  return state.__sbMessageJobsState ?? "starting";
}

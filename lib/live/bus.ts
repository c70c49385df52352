// This process's live transport, chosen by DATABASE_URL: PostgreSQL LISTEN/NOTIFY when the app runs on
// PostgreSQL (several instances may share it), the in-process emitter on the embedded SQLite default.
// One per process, kept on globalThis: route handlers, server actions and instrumentation can be
// separate module instances in one Next.js process, and they must all share the same emitter.
import "server-only";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { LiveEvent } from "./events";
import { createMemoryTransport } from "./memory-transport";
import { createPostgresTransport } from "./postgres-transport";
import type { LiveTransport } from "./transport";

const holder = globalThis as typeof globalThis & { [key: symbol]: LiveTransport | undefined };
const KEY = Symbol.for("switchboard.liveTransport");

export function liveTransportKind(databaseUrl: string): LiveTransport["kind"] {
  return /^postgres(ql)?:\/\//i.test(databaseUrl) ? "postgres" : "memory";
}

const onError = (error: unknown) => logger.warn("live updates: transport error", { error });

export function getLiveTransport(): LiveTransport {
  const existing = holder[KEY];
  if (existing) return existing;
  const databaseUrl = getEnv().DATABASE_URL;
  const transport =
    liveTransportKind(databaseUrl) === "postgres"
      ? createPostgresTransport({
          connectionString: databaseUrl,
          onError,
          onReconnected: () => logger.info("live updates: listening again after a dropped connection"),
        })
      : createMemoryTransport({ onError });
  holder[KEY] = transport;
  return transport;
}

/** Sends an event to every instance. Never throws and never waits: a lost live update costs a refetch, not a message. */
export function publishLive(event: LiveEvent): void {
  const failed = (error: unknown) => logger.warn("live update not published", { type: event.type, error });
  try {
    getLiveTransport().publish(event).catch(failed);
  } catch (error) {
    failed(error);
  }
}

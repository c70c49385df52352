// The cluster transport: PostgreSQL LISTEN/NOTIFY, so an event published by any instance reaches the
// subscribers of every instance on the same database. Each process keeps one dedicated listening
// connection (re-established with backoff when it drops, and checked every 30 s so a half-open TCP
// connection is noticed); each time it starts listening, subscribers hear "resync", since NOTIFYs
// sent while it wasn't are lost. Publishing goes through a small pool of its own (pg_notify), so it
// works while the listener is reconnecting. Payloads are a few hundred bytes of ids (events.ts);
// PostgreSQL refuses 8,000 bytes and more, and so does publish().
import pg from "pg";
import { liveEventSchema, newEventId, type LiveEvent } from "./events";
import { deliver, type LiveListener, type LiveTransport } from "./transport";

export const LIVE_CHANNEL = "switchboard_live";
export const MAX_PAYLOAD_BYTES = 7_900;
/** Events sent in one NOTIFY statement at most. */
const MAX_BATCH = 200;

export type PostgresTransportOptions = {
  connectionString: string;
  channel?: string;
  /** Shown in pg_stat_activity, so an operator can tell the listening connections apart. */
  applicationName?: string;
  onError: (error: unknown) => void;
  onReconnected?: () => void;
  healthCheckMs?: number;
  backoff?: { minMs: number; maxMs: number };
};

export type PostgresTransport = LiveTransport;

export function createPostgresTransport(options: PostgresTransportOptions): PostgresTransport {
  const channel = options.channel ?? LIVE_CHANNEL;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error("the live channel must be a plain lowercase identifier");
  const applicationName = options.applicationName ?? "switchboard-live";
  const backoff = options.backoff ?? { minMs: 100, maxMs: 5_000 };
  const healthCheckMs = options.healthCheckMs ?? 30_000;
  const listeners = new Set<LiveListener>();
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: 2,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: `${applicationName}-publish`,
  });
  // An idle pooled connection that dies emits here; the pool replaces it on the next publish.
  pool.on("error", options.onError);

  // Events published while a NOTIFY is on its way go together in the next one (one statement and one
  // commit for a batch, in publish order: decision 046); each publish still resolves once its own is sent.
  let pending: { payload: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let flushing = false;
  async function flush() {
    flushing = true;
    while (pending.length > 0) {
      const batch = pending.slice(0, MAX_BATCH);
      pending = pending.slice(batch.length);
      try {
        await pool.query({
          name: "switchboard_live_notify",
          text: "SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload",
          values: [channel, batch.map((entry) => entry.payload)],
        });
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    flushing = false;
  }

  let client: pg.Client | null = null;
  let closed = false;
  let hasListened = false;
  let failures = 0;
  let reconnectTimer: NodeJS.Timeout | null = null;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  function receive(payload: string | undefined) {
    // Every instance hears every event: one without a subscriber (no browser connected) skips the parsing.
    if (listeners.size === 0) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload ?? "");
    } catch {
      parsed = null;
    }
    const event = liveEventSchema.safeParse(parsed);
    if (!event.success) return options.onError(new Error(`ignored a malformed notification on ${channel}`));
    deliver(listeners, event.data, options.onError);
  }

  function drop(dropped: pg.Client, error: unknown) {
    if (client !== dropped) return;
    client = null;
    if (error) options.onError(error);
    dropped.end().catch(() => undefined);
    scheduleReconnect();
  }

  function scheduleReconnect() {
    if (closed || reconnectTimer) return;
    const delay = Math.min(backoff.maxMs, backoff.minMs * 2 ** Math.min(failures, 10));
    failures += 1;
    reconnectTimer = setTimeout(
      () => {
        reconnectTimer = null;
        void connect();
      },
      delay * (0.75 + Math.random() * 0.5),
    );
    reconnectTimer.unref();
  }

  async function connect() {
    if (closed || client) return;
    const candidate = new pg.Client({
      connectionString: options.connectionString,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
      application_name: applicationName,
    });
    candidate.on("notification", (message) => {
      if (message.channel === channel) receive(message.payload);
    });
    candidate.on("error", (error) => drop(candidate, error));
    candidate.on("end", () => drop(candidate, null));
    try {
      await candidate.connect();
      await candidate.query(`LISTEN "${channel}"`);
    } catch (error) {
      candidate.removeAllListeners("end");
      candidate.on("error", () => undefined);
      candidate.end().catch(() => undefined);
      options.onError(error);
      scheduleReconnect();
      return;
    }
    if (closed) {
      await candidate.end().catch(() => undefined);
      return;
    }
    client = candidate;
    failures = 0;
    if (hasListened) options.onReconnected?.();
    hasListened = true;
    markReady();
    // Whoever subscribed before this connection listened may have missed events: refetch.
    deliver(listeners, { type: "resync", id: newEventId() }, options.onError);
  }

  const healthCheck = setInterval(() => {
    const current = client;
    if (!current) return;
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("live listener health check timed out")), 5_000).unref(),
    );
    Promise.race([current.query("SELECT 1"), timeout]).catch((error: unknown) => drop(current, error));
  }, healthCheckMs);
  healthCheck.unref();

  void connect();

  return {
    kind: "postgres",
    ready: () => ready,
    async publish(event: LiveEvent) {
      const payload = JSON.stringify(liveEventSchema.parse(event));
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`live event ${event.type} is too large for NOTIFY`);
      await new Promise<void>((resolve, reject) => {
        pending.push({ payload, resolve, reject });
        if (!flushing) void flush();
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    // Other instances may have subscribers even when this one has none.
    mayHaveListeners: () => true,
    async close() {
      closed = true;
      clearInterval(healthCheck);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      listeners.clear();
      const current = client;
      client = null;
      await Promise.all([current?.end().catch(() => undefined), pool.end().catch(() => undefined)]);
    },
  };
}

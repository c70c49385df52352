// Two transports on one real PostgreSQL database stand for two app instances (scripts/embedded-postgres.mjs).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from "@/scripts/embedded-postgres.mjs";
import { newEventId, type LiveEvent, type LiveSignal } from "./events";
import { createPostgresTransport, type PostgresTransport } from "./postgres-transport";

let server: EmbeddedPostgresServer;
const transports: PostgresTransport[] = [];
const errors: unknown[] = [];

function instance(applicationName: string, channel?: string) {
  const transport = createPostgresTransport({
    connectionString: server.serverUrl,
    applicationName,
    channel,
    onError: (error) => errors.push(error),
    backoff: { minMs: 20, maxMs: 200 },
  });
  transports.push(transport);
  return transport;
}

/** The next signal a transport's subscriber hears that matches. */
function next(transport: PostgresTransport, matches: (signal: LiveSignal) => boolean = () => true): Promise<LiveSignal> {
  return new Promise((resolve) => {
    const unsubscribe = transport.subscribe((signal) => {
      if (!matches(signal)) return;
      unsubscribe();
      resolve(signal);
    });
  });
}

const created = (conversationId: string): LiveEvent => ({
  id: newEventId(),
  type: "conversation.created",
  conversationId,
  audience: { queueId: "queue-1", agentIds: ["agent-1"] },
});

async function sql(text: string) {
  const client = new pg.Client({ connectionString: server.serverUrl });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 120_000);

afterAll(async () => {
  await Promise.all(transports.map((transport) => transport.close()));
  await server?.stop();
});

describe("the PostgreSQL LISTEN/NOTIFY transport", () => {
  it("delivers an event published on one instance to the subscribers of another, and of its own", async () => {
    const a = instance("live-test-a");
    const b = instance("live-test-b");
    await Promise.all([a.ready(), b.ready()]);
    const onB = next(b);
    const onA = next(a);
    const event = created("conv-across");
    await a.publish(event);
    expect(await onB).toEqual(event);
    expect(await onA).toEqual(event);
  });

  it("delivers events published at once (sent together) to another instance, each once and in publish order", async () => {
    const a = instance("live-test-burst-a", "live_test_burst");
    const b = instance("live-test-burst-b", "live_test_burst");
    await Promise.all([a.ready(), b.ready()]);
    const events = Array.from({ length: 50 }, (_, index) => created(`conv-burst-${index}`));
    const heard: LiveSignal[] = [];
    const all = new Promise<void>((resolve) => {
      b.subscribe((signal) => {
        heard.push(signal);
        if (heard.length === events.length) resolve();
      });
    });
    await Promise.all(events.map((event) => a.publish(event)));
    await all;
    expect(heard).toEqual(events);
  });

  it("ignores a malformed notification on its channel and keeps listening", async () => {
    // A channel of its own, so the other tests' instances don't report these too.
    const a = instance("live-test-malformed", "live_test_malformed");
    await a.ready();
    const heard = next(a);
    const before = errors.length;
    await sql(`NOTIFY live_test_malformed, '{"type":"conversation.created","conversationId":"no-audience"}'`);
    await sql(`NOTIFY live_test_malformed, 'not json'`);
    const event = created("conv-after-garbage");
    await a.publish(event);
    expect(await heard).toEqual(event);
    expect(errors.slice(before).map(String)).toEqual([
      "Error: ignored a malformed notification on live_test_malformed",
      "Error: ignored a malformed notification on live_test_malformed",
    ]);
  });

  it("re-listens after its connection is killed, says resync, and hears events again", async () => {
    const publisher = instance("live-test-publisher");
    const victim = instance("live-test-victim");
    await Promise.all([publisher.ready(), victim.ready()]);
    const resync = next(victim, (signal) => signal.type === "resync");
    const killed = await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'live-test-victim'`);
    expect(killed.rowCount).toBe(1);
    await resync;
    const event = created("conv-after-reconnect");
    const heard = next(victim, (signal) => signal.type !== "resync");
    await publisher.publish(event);
    expect(await heard).toEqual(event);
  });

  it("tells subscribers who were there before it listened to resync (they may have missed events)", async () => {
    const early = instance("live-test-early");
    const heard = next(early);
    await early.ready();
    expect(await heard).toMatchObject({ type: "resync" });
  });

  it("refuses an event that isn't one (nothing is sent)", async () => {
    const a = instance("live-test-refuse");
    await expect(a.publish({ id: "x", type: "conversation.created" } as unknown as LiveEvent)).rejects.toThrow();
  });
});

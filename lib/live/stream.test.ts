// One browser's SSE stream over the in-process transport: frames, filtering by what the user may see,
// heartbeats, and the subscription released when the client goes away or the stream ages out.
import { describe, expect, it } from "vitest";
import type { AudienceViewer } from "@/lib/conversations/access";
import { newEventId, type LiveEvent } from "./events";
import { createMemoryTransport } from "./memory-transport";
import { canReceive, createLiveStream } from "./stream";

const agent: AudienceViewer = { id: "agent-1", role: "AGENT", queueIds: new Set(["queue-1"]) };
const admin: AudienceViewer = { id: "admin-1", role: "ADMINISTRATOR", queueIds: new Set() };
const timing = { heartbeatMs: 60_000, maxAgeMs: 60_000, retryMs: 1_500 };

const conversationEvent = (conversationId: string, audience: { queueId: string | null; agentIds: string[] }): LiveEvent => ({
  id: newEventId(),
  type: "message.added",
  conversationId,
  messageId: `msg-${conversationId}`,
  audience,
});

function open(viewer: AudienceViewer, options: { timing?: typeof timing; reloadViewer?: () => Promise<AudienceViewer> } = {}) {
  const transport = createMemoryTransport({ onError: (error) => expect.fail(String(error)) });
  const abort = new AbortController();
  const stream = createLiveStream({
    transport,
    viewer,
    reloadViewer: options.reloadViewer ?? (async () => viewer),
    signal: abort.signal,
    timing: options.timing ?? timing,
  });
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  /** The next complete SSE frame (text up to a blank line). */
  async function frame(): Promise<string> {
    for (;;) {
      const end = buffered.indexOf("\n\n");
      if (end >= 0) {
        const text = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        return text;
      }
      const { value, done } = await reader.read();
      if (done) return "<closed>";
      buffered += decoder.decode(value, { stream: true });
    }
  }
  return { transport, abort, frame };
}

describe("canReceive", () => {
  it("sends an agent the events of their conversations and queues, their own presence, and resyncs", () => {
    const inQueue = conversationEvent("c1", { queueId: "queue-1", agentIds: [] });
    const assigned = conversationEvent("c2", { queueId: "queue-9", agentIds: ["agent-1"] });
    const elsewhere = conversationEvent("c3", { queueId: "queue-9", agentIds: ["agent-2"] });
    expect([inQueue, assigned, elsewhere].map((event) => canReceive(agent, event))).toEqual([true, true, false]);
    expect(canReceive(admin, elsewhere)).toBe(true);
    expect(canReceive(agent, { id: "p", type: "presence.changed", userId: "agent-1", presence: "AWAY" })).toBe(true);
    expect(canReceive(admin, { id: "p", type: "presence.changed", userId: "agent-1", presence: "AWAY" })).toBe(false);
    expect(canReceive(agent, { id: "r", type: "resync" })).toBe(true);
  });
});

describe("createLiveStream", () => {
  it("starts with the retry hint, then sends only what the user may see, with ids and without the audience", async () => {
    const { transport, frame } = open(agent);
    expect(await frame()).toBe("retry: 1500\n: connected");
    const hidden = conversationEvent("not-mine", { queueId: "queue-9", agentIds: ["agent-2"] });
    const shown = conversationEvent("mine", { queueId: "queue-1", agentIds: [] });
    await transport.publish(hidden);
    await transport.publish(shown);
    expect(await frame()).toBe(`id: ${shown.id}\ndata: {"type":"message.added","conversationId":"mine","messageId":"msg-mine"}`);
  });

  it("unsubscribes and ends when the client disconnects", async () => {
    const { transport, abort, frame } = open(admin);
    await frame();
    expect(transport.mayHaveListeners()).toBe(true);
    abort.abort();
    expect(transport.mayHaveListeners()).toBe(false);
    expect(await frame()).toBe("<closed>");
  });

  it("sends heartbeats and re-reads the user's queues with each one", async () => {
    let queues = new Set<string>();
    const { transport, frame } = open(
      { ...agent, queueIds: queues },
      { timing: { ...timing, heartbeatMs: 20 }, reloadViewer: async () => ({ ...agent, queueIds: queues }) },
    );
    await frame();
    queues = new Set(["queue-7"]); // added to a queue meanwhile
    expect(await frame()).toBe(": heartbeat");
    const event = conversationEvent("now-visible", { queueId: "queue-7", agentIds: [] });
    // The re-read completes after the heartbeat frame; the next heartbeat proves it has.
    expect(await frame()).toBe(": heartbeat");
    await transport.publish(event);
    let next = await frame();
    while (next === ": heartbeat") next = await frame();
    expect(next).toContain('"conversationId":"now-visible"');
  });

  it("ends by itself after its maximum age (the browser reconnects and is authenticated again)", async () => {
    const { transport, frame } = open(admin, { timing: { ...timing, maxAgeMs: 10 } });
    await frame();
    expect(await frame()).toBe("<closed>");
    expect(transport.mayHaveListeners()).toBe(false);
  });
});

import { describe, expect, it, vi } from "vitest";
import { newEventId, type LiveEvent, type LiveSignal } from "./events";
import { createMemoryTransport } from "./memory-transport";

const event = (conversationId: string): LiveEvent => ({
  id: newEventId(),
  type: "conversation.created",
  conversationId,
  audience: { queueId: "queue-1", agentIds: [] },
});

describe("the in-process transport", () => {
  it("delivers a published event to every subscriber, after publish() has returned", async () => {
    const transport = createMemoryTransport({ onError: () => undefined });
    const first: LiveSignal[] = [];
    const second: LiveSignal[] = [];
    transport.subscribe((signal) => first.push(signal));
    const received = new Promise<LiveSignal>((resolve) => transport.subscribe((signal) => (second.push(signal), resolve(signal))));
    const published = event("conv-1");
    await transport.publish(published);
    expect(first).toEqual([]); // not inside the publisher's call stack
    expect(await received).toEqual(published);
    expect(first).toEqual([published]);
  });

  it("keeps delivering to the others when one subscriber throws, and reports the error", async () => {
    const onError = vi.fn();
    const transport = createMemoryTransport({ onError });
    transport.subscribe(() => {
      throw new Error("broken listener");
    });
    const received = new Promise<LiveSignal>((resolve) => transport.subscribe(resolve));
    await transport.publish(event("conv-2"));
    expect(await received).toMatchObject({ conversationId: "conv-2" });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "broken listener" }));
  });

  it("stops delivering after unsubscribe, and says whether anyone listens", async () => {
    const transport = createMemoryTransport({ onError: () => undefined });
    expect(transport.mayHaveListeners()).toBe(false);
    const gone: LiveSignal[] = [];
    const unsubscribe = transport.subscribe((signal) => gone.push(signal));
    const received = new Promise<LiveSignal>((resolve) => transport.subscribe(resolve));
    expect(transport.mayHaveListeners()).toBe(true);
    unsubscribe();
    await transport.publish(event("conv-3"));
    await received;
    expect(gone).toEqual([]);
  });
});

// The in-process transport: one Node.js process (the embedded SQLite default) is the whole cluster,
// so a published event only has to reach this process's subscribers.
import type { LiveEvent } from "./events";
import { deliver, type LiveListener, type LiveTransport } from "./transport";

export function createMemoryTransport({ onError }: { onError: (error: unknown) => void }): LiveTransport {
  const listeners = new Set<LiveListener>();
  return {
    kind: "memory",
    ready: async () => undefined,
    async publish(event: LiveEvent) {
      if (listeners.size === 0) return;
      // Never inside the publisher's call stack: a slow or failing listener can't hold up the engine.
      setImmediate(() => deliver(listeners, event, onError));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    mayHaveListeners: () => listeners.size > 0,
    async close() {
      listeners.clear();
    },
  };
}

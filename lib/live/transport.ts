// The one interface both transports implement: publish an event to every instance, subscribe to what
// any instance published. In-process (memory-transport.ts) for SQLite's single process; PostgreSQL
// LISTEN/NOTIFY (postgres-transport.ts) when several instances share a PostgreSQL database.
import type { LiveEvent, LiveSignal } from "./events";

export type LiveListener = (signal: LiveSignal) => void;

export interface LiveTransport {
  readonly kind: "memory" | "postgres";
  /** Resolves once the event is on its way to every instance; rejects when it can't be sent. */
  publish(event: LiveEvent): Promise<void>;
  /** Listeners are called asynchronously, never inside publish(); the returned function unsubscribes. */
  subscribe(listener: LiveListener): () => void;
  /** Resolves once events published anywhere reach this process's subscribers (at once in-process). */
  ready(): Promise<void>;
  /** False when nobody anywhere could be listening, so a publisher may skip the work of an event. */
  mayHaveListeners(): boolean;
  close(): Promise<void>;
}

/** Calls each listener on its own, so one that throws neither stops the others nor reaches the publisher. */
export function deliver(listeners: Iterable<LiveListener>, signal: LiveSignal, onError: (error: unknown) => void) {
  for (const listener of [...listeners]) {
    try {
      listener(signal);
    } catch (error) {
      onError(error);
    }
  }
}

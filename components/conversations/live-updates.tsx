"use client";
// Live updates for the conversations area: one EventSource on /api/events for as long as the user is
// on these pages (the layout holds it, so moving between the list and a thread keeps it). An event
// says which conversation changed; the affected queries are refetched at once (a burst is coalesced
// into one refetch per 300 ms). Only while the stream is down do the screens fall back to polling, and
// every (re)connection refetches what is on screen, since events may have been missed meanwhile.
// Each event is validated with the server's schema (lib/live/events.ts), loaded with zod when the stream
// opens rather than with the page (decision 039); events that arrive meanwhile wait for it, in order.
// See docs/decisions/019-live-updates.md.
import type { QueryKey } from "@tanstack/query-core";
import { useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useLazyQueryClient } from "@/components/common/lazy-query";
import type { BrowserLiveEvent } from "@/lib/live/events";
import { cn } from "@/lib/utils";
import { conversationKeys, POLL_INTERVAL_MS } from "./query-keys";

export type LiveStatus = "connecting" | "live" | "offline";
type Listener = (event: BrowserLiveEvent) => void;

const COALESCE_MS = 300;
// When the browser gives up on the stream (the server answered an error), try again this much later.
const RECONNECT_MS = 10_000;
// A planned reconnect takes ~2 s (the server's retry hint): only a longer outage is worth a notice.
const NOTICE_AFTER_MS = 5_000;

const LiveContext = createContext<{ status: LiveStatus; subscribe: (listener: Listener) => () => void }>({
  // Outside the provider nothing is pushed: screens poll.
  status: "offline",
  subscribe: () => () => undefined,
});

function keysFor(event: BrowserLiveEvent): QueryKey[] {
  switch (event.type) {
    case "resync":
      return [conversationKeys.all];
    case "presence.changed":
      return [];
    case "message.status":
    case "message.updated":
      return [conversationKeys.detail(event.conversationId)];
    default:
      return [conversationKeys.lists(), conversationKeys.detail(event.conversationId)];
  }
}

type Parse = (data: unknown) => BrowserLiveEvent | null;
let parser: Promise<Parse> | undefined;
/** The event parser, loaded once (with zod) on first use; a failed load is retried on the next event. */
function loadParser(): Promise<Parse> {
  parser ??= import("@/lib/live/events").then(
    ({ browserLiveEventSchema }) =>
      (data: unknown) => {
        try {
          const parsed = browserLiveEventSchema.safeParse(JSON.parse(String(data)));
          return parsed.success ? parsed.data : null;
        } catch {
          return null;
        }
      },
    (error: unknown) => {
      parser = undefined;
      throw error;
    },
  );
  return parser;
}

export function LiveUpdatesProvider({ children }: { children: ReactNode }) {
  const queryClient = useLazyQueryClient();
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [listeners] = useState(() => new Set<Listener>());
  const [subscribe] = useState(() => (listener: Listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let active = true;
    let reconnectTimer: number | undefined;
    let flushTimer: number | undefined;
    let lastFlushAt = Number.NEGATIVE_INFINITY;
    const pending = new Map<string, QueryKey>();

    const flush = () => {
      flushTimer = undefined;
      lastFlushAt = performance.now();
      for (const queryKey of pending.values()) void queryClient.invalidateQueries({ queryKey });
      pending.clear();
    };
    // The first event refetches at once; more within COALESCE_MS wait for one refetch together.
    const schedule = (keys: QueryKey[]) => {
      for (const key of keys) pending.set(JSON.stringify(key), key);
      if (pending.size === 0 || flushTimer !== undefined) return;
      // Never longer than COALESCE_MS, even if the clock went back (a suspended laptop, a test's clock).
      const wait = Math.min(COALESCE_MS, lastFlushAt + COALESCE_MS - performance.now());
      if (wait <= 0) flush();
      else flushTimer = window.setTimeout(flush, wait);
    };

    const connect = () => {
      void loadParser().catch(() => undefined);
      const current = new EventSource("/api/events");
      source = current;
      current.onopen = () => {
        setStatus("live");
        void queryClient.invalidateQueries({ queryKey: conversationKeys.all });
      };
      current.onmessage = (message: MessageEvent) => {
        // Promise callbacks run in the order they were attached: events keep their order.
        void loadParser().then(
          (parse) => {
            const event = parse(message.data);
            if (!event || !active) return;
            schedule(keysFor(event));
            for (const listener of listeners) listener(event);
          },
          () => undefined, // offline or a new deployment: the next (re)connection refetches everything
        );
      };
      current.onerror = () => {
        setStatus("offline");
        // CONNECTING: the browser retries by itself (after the server's retry hint). CLOSED: it gave up.
        if (current.readyState === EventSource.CLOSED) reconnectTimer = window.setTimeout(connect, RECONNECT_MS);
      };
    };
    connect();
    return () => {
      active = false;
      source?.close();
      window.clearTimeout(reconnectTimer);
      window.clearTimeout(flushTimer);
    };
  }, [queryClient, listeners]);

  return <LiveContext.Provider value={{ status, subscribe }}>{children}</LiveContext.Provider>;
}

export function useLiveStatus(): LiveStatus {
  return useContext(LiveContext).status;
}

/**
 * TanStack Query's refetchInterval: no polling at all while pushed updates arrive — every (re)connection
 * refetches instead; polling only while the stream is connecting or down. What the clock changes is
 * rendered from the last response's server time (use-server-now.ts).
 */
export function usePollingFallback(): number | false {
  return useLiveStatus() === "live" ? false : POLL_INTERVAL_MS;
}

/** Calls `listener` for each live event (e.g. presence from the user's other tabs). */
export function useLiveEvents(listener: Listener) {
  const { subscribe } = useContext(LiveContext);
  useEffect(() => subscribe(listener), [subscribe, listener]);
}

/** "Live", or after a longer outage, that the screen is being refreshed every few seconds instead. */
export function LiveStatusNote({ className }: { className?: string }) {
  const t = useTranslations("conversations.live");
  const status = useLiveStatus();
  const [isLongOutage, setLongOutage] = useState(false);
  useEffect(() => {
    if (status !== "offline") return;
    const timer = window.setTimeout(() => setLongOutage(true), NOTICE_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      setLongOutage(false);
    };
  }, [status]);
  const text = status === "live" ? t("on") : status === "offline" && isLongOutage ? t("offline") : "";
  return (
    <p
      role="status"
      className={cn("flex items-center gap-2 text-sm", status === "live" ? "text-muted-foreground" : "text-amber-800", className)}
    >
      {text ? (
        <span aria-hidden="true" className={cn("size-2 rounded-full", status === "live" ? "bg-emerald-600" : "bg-amber-500")} />
      ) : null}
      {text}
    </p>
  );
}

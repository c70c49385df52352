"use client";
// What depends on the clock in the conversations area — "5 min ago", the WhatsApp window's time left,
// the composer turning to templates once the window has passed — kept current without asking the server
// for news (news arrives through live updates; decision 019). The server's clock is used, not the
// browser's: a response carries the server time it was built at, and the time since it arrived is added.
import type { QueryKey } from "@tanstack/query-core";
import { useEffect, useState } from "react";
import { useLazyQueryClient } from "@/components/common/lazy-query";
import { CLOCK_TICK_MS } from "./query-keys";

/** The server's clock now, re-rendered every CLOCK_TICK_MS (a render, not a request). */
export function useServerNow(serverTime: string): Date {
  const [elapsed, setElapsed] = useState({ serverTime, ms: 0 });
  useEffect(() => {
    const receivedAt = performance.now();
    const timer = window.setInterval(() => setElapsed({ serverTime, ms: performance.now() - receivedAt }), CLOCK_TICK_MS);
    return () => window.clearInterval(timer);
  }, [serverTime]);
  return new Date(Date.parse(serverTime) + (elapsed.serverTime === serverTime ? elapsed.ms : 0));
}

/** The WhatsApp window's time left at `now`; the server measured `remainingMs` at `serverTime`. */
export function remainingAt(window: { isOpen: boolean; remainingMs: number }, serverTime: string, now: Date): number {
  return window.isOpen ? window.remainingMs - (now.getTime() - Date.parse(serverTime)) : 0;
}

/**
 * Refetches `queryKey` once, just after `inMs` has passed (e.g. when the window closes, so the server's
 * composer mode becomes "templates only"). Nothing is scheduled for null.
 */
export function useRefetchAfter(inMs: number | null, queryKey: QueryKey) {
  const queryClient = useLazyQueryClient();
  const key = JSON.stringify(queryKey);
  useEffect(() => {
    // setTimeout's limit is ~24.8 days; the WhatsApp window is 24 h.
    if (inMs === null || inMs > 2 ** 31 - 2_000) return;
    const timer = window.setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey }),
      Math.max(0, inMs) + 1000,
    );
    return () => window.clearTimeout(timer);
  }, [inMs, key, queryClient]);
}

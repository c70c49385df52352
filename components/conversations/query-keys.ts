// TanStack Query keys of the conversations area.
export const conversationKeys = {
  all: ["conversations"] as const,
  lists: () => [...conversationKeys.all, "list"] as const,
  list: (params: Record<string, string>) => [...conversationKeys.lists(), params] as const,
  details: () => [...conversationKeys.all, "detail"] as const,
  detail: (id: string) => [...conversationKeys.details(), id] as const,
  thread: (id: string, limit: number) => [...conversationKeys.detail(id), { limit }] as const,
  templates: (id: string) => [...conversationKeys.detail(id), "templates"] as const,
  transferTargets: (id: string, q: string) => [...conversationKeys.detail(id), "transferTargets", q] as const,
};

/** How often the dashboard and an open conversation ask for news while live updates are down. */
export const POLL_INTERVAL_MS = 3000;

/**
 * While live updates arrive nothing is polled. What depends on the clock ("5 min ago", the WhatsApp
 * window's time left) is rendered again this often from the server time of the last response
 * (use-server-now.ts) — a render, not a request.
 */
export const CLOCK_TICK_MS = 30_000;

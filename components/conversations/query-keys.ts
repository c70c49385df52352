// TanStack Query keys of the conversations area.
import type { ConversationView } from "@/lib/conversations/conversations.schema";

export const conversationKeys = {
  all: ["conversations"] as const,
  lists: () => [...conversationKeys.all, "list"] as const,
  list: (view: ConversationView | undefined, page: number) => [...conversationKeys.lists(), { view: view ?? null, page }] as const,
  details: () => [...conversationKeys.all, "detail"] as const,
  detail: (id: string) => [...conversationKeys.details(), id] as const,
  thread: (id: string, limit: number) => [...conversationKeys.detail(id), { limit }] as const,
  templates: (id: string) => [...conversationKeys.detail(id), "templates"] as const,
  transferTargets: (id: string, q: string) => [...conversationKeys.detail(id), "transferTargets", q] as const,
};

/** How often the dashboard and an open conversation ask for news while live updates are down. */
export const POLL_INTERVAL_MS = 3000;

/**
 * While live updates arrive, news needs no polling; this slow refresh only keeps what depends on the
 * clock current: "5 min ago", the WhatsApp window's time left, the composer switching to templates
 * once the window has closed.
 */
export const CLOCK_REFRESH_MS = 60_000;

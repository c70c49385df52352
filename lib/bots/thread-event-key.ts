// The thread's event lines as the browser names them, without zod (decision 039: the agent screen's first
// load); thread-events.ts parses stored details and re-exports these.
import type { ThreadEventDetail } from "./thread-events";

export const FALLBACK_REASONS = [
  "timeout",
  "unreachable",
  "httpStatus",
  "tooLarge",
  "notJson",
  "invalid",
  "noHandoff",
  "notConfigured",
] as const;
export type ThreadFallbackReason = (typeof FALLBACK_REASONS)[number];

/** The catalog key (under conversations.thread.events) of an event line. */
export function threadEventKey(event: { kind: string; detail: ThreadEventDetail }): string {
  if (event.kind === "botHandoff") return event.detail.reason === "unknownQueue" ? "handoffUnknownQueue" : "handoff";
  if (event.kind === "botFallback")
    return `fallback.${event.detail.reason && event.detail.reason !== "unknownQueue" ? event.detail.reason : "other"}`;
  return "other";
}

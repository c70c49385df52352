// The thread's event lines (ConversationEvent, decision 028) as the browser gets them. Pure: the agent
// screen imports it. Stored details are read leniently — an odd row shows a plainer line, never an error.
import { z } from "zod";

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

const detailSchema = z.object({
  botName: z.string().nullish().catch(null),
  queueName: z.string().nullish().catch(null),
  reason: z
    .enum([...FALLBACK_REASONS, "unknownQueue"])
    .nullish()
    .catch(null),
  failures: z.number().int().nullish().catch(null),
  minutes: z.number().int().nullish().catch(null),
});
export type ThreadEventDetail = z.output<typeof detailSchema>;

export function parseEventDetail(json: string | null): ThreadEventDetail {
  let value: unknown = {};
  try {
    value = JSON.parse(json ?? "{}");
  } catch {
    value = {};
  }
  return detailSchema.catch({}).parse(value);
}

/** The catalog key (under conversations.thread.events) of an event line. */
export function threadEventKey(event: { kind: string; detail: ThreadEventDetail }): string {
  if (event.kind === "botHandoff") return event.detail.reason === "unknownQueue" ? "handoffUnknownQueue" : "handoff";
  if (event.kind === "botFallback")
    return `fallback.${event.detail.reason && event.detail.reason !== "unknownQueue" ? event.detail.reason : "other"}`;
  return "other";
}

// The thread's event lines (ConversationEvent, decision 028) as the browser gets them. Pure: the agent
// screen imports it. Stored details are read leniently — an odd row shows a plainer line, never an error.
import { z } from "zod";
import { FALLBACK_REASONS } from "./thread-event-key";

export { FALLBACK_REASONS, threadEventKey, type ThreadFallbackReason } from "./thread-event-key";

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

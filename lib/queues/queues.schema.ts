// The queue form, shared by its react-hook-form resolver and the actions, and the list's URL filters.
import { z } from "zod";
import { idSchema } from "@/lib/text-limits";
import { keysetCursorSchema } from "@/lib/pagination/keyset";
import { MAX_AGENT_SEARCH_LENGTH } from "./queues.constants";

export { MAX_AGENT_SEARCH_LENGTH } from "./queues.constants";

export const MAX_QUEUE_MEMBERS = 2000;

export const queueNameSchema = z.string().trim().min(1, "validation.required").max(100, "validation.tooLong");

/** Create when `queueId` is absent, update otherwise. `operatingHoursId` null means always open. */
export const saveQueueSchema = z.object({
  queueId: idSchema.optional(),
  name: queueNameSchema,
  operatingHoursId: z.string().min(1).max(64).nullable(),
  memberIds: z
    .array(z.string().min(1).max(64))
    .max(MAX_QUEUE_MEMBERS, "validation.queues.tooManyMembers")
    .transform((ids) => [...new Set(ids)]),
});
export type SaveQueueForm = z.input<typeof saveQueueSchema>;

export const queueIdSchema = z.object({ queueId: idSchema });

export const queuesListSchema = z
  .object({
    q: z.string().trim().max(100).optional().catch(undefined),
  })
  .extend(keysetCursorSchema.shape);
export type QueuesListFilters = z.infer<typeof queuesListSchema>;

/** The member picker's search (GET /queues/agent-options?q=; strict: a bad value is a 400). */
export const agentOptionsQuerySchema = z.object({ q: z.string().trim().max(MAX_AGENT_SEARCH_LENGTH).default("") });

// Workstream forms (create, details, work distribution), shared by the forms and the actions.
import { z } from "zod";
import { channelSchema } from "@/lib/accounts/accounts.schema";
import { idSchema } from "@/lib/text-limits";
import { keysetCursorSchema } from "@/lib/pagination/keyset";

import { DISTRIBUTION_MODES, PRESENCES, SKILL_MATCHING, WRAP_UP_BLOCKS } from "./workstreams.constants";

export { DISTRIBUTION_MODES, PRESENCES, SKILL_MATCHING, WRAP_UP_BLOCKS } from "./workstreams.constants";

export const workstreamNameSchema = z.string().trim().min(1, "validation.required").max(100, "validation.tooLong");

export const createWorkstreamSchema = z
  .object({
    name: workstreamNameSchema,
    channel: channelSchema,
    distributionMode: z.enum(DISTRIBUTION_MODES, "validation.required"),
    fallbackQueueMode: z.enum(["existing", "new"]),
    fallbackQueueId: z.string().max(64).optional(),
    newQueueName: z.string().trim().max(100, "validation.tooLong").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.fallbackQueueMode === "existing" && !value.fallbackQueueId)
      ctx.addIssue({ code: "custom", path: ["fallbackQueueId"], message: "validation.workstreams.queueRequired" });
    if (value.fallbackQueueMode === "new" && !value.newQueueName)
      ctx.addIssue({ code: "custom", path: ["newQueueName"], message: "validation.required" });
  });
export type CreateWorkstreamInput = z.output<typeof createWorkstreamSchema>;

export const workstreamDetailsSchema = z.object({
  workstreamId: idSchema,
  name: workstreamNameSchema,
  fallbackQueueId: z.string().min(1, "validation.workstreams.queueRequired").max(64),
});

const optionalMinutes = (max: number) =>
  z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? null : Number(value)),
    z
      .number("validation.workstreams.wholeNumber")
      .int("validation.workstreams.wholeNumber")
      .min(1, "validation.workstreams.atLeastOne")
      .max(max, "validation.workstreams.tooLarge")
      .nullable(),
  );

export const workDistributionSchema = z
  .object({
    workstreamId: idSchema,
    capacityMode: z.enum(["UNITS", "PROFILE"]),
    capacityUnits: optionalMinutes(100),
    capacityProfile: z.string().trim().max(100, "validation.tooLong").optional(),
    autoCloseMinutes: optionalMinutes(43200),
    wrapUpBlock: z.enum(WRAP_UP_BLOCKS),
    wrapUpMinutes: optionalMinutes(240),
    allowedPresences: z.array(z.enum(PRESENCES)).min(1, "validation.workstreams.presenceRequired"),
    skillMatching: z.enum(SKILL_MATCHING),
    keepSameAgent: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (value.capacityMode === "UNITS" && value.capacityUnits === null)
      ctx.addIssue({ code: "custom", path: ["capacityUnits"], message: "validation.required" });
    if (value.capacityMode === "PROFILE" && !value.capacityProfile)
      ctx.addIssue({ code: "custom", path: ["capacityProfile"], message: "validation.required" });
    if (value.wrapUpBlock === "CUSTOM" && value.wrapUpMinutes === null)
      ctx.addIssue({ code: "custom", path: ["wrapUpMinutes"], message: "validation.required" });
  });
export type WorkDistribution = z.output<typeof workDistributionSchema>;

export const workstreamIdSchema = z.object({ workstreamId: idSchema });

const blank = (value: unknown) => (value === "" || value === "all" ? undefined : value);
export const workstreamsListSchema = z
  .object({
    q: z.string().trim().max(100).optional().catch(undefined),
    channel: z.preprocess(blank, channelSchema.optional()).catch(undefined),
    mode: z.preprocess(blank, z.enum(DISTRIBUTION_MODES).optional()).catch(undefined),
  })
  .extend(keysetCursorSchema.shape);
export type WorkstreamsListFilters = z.infer<typeof workstreamsListSchema>;

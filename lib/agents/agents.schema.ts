// The agent form (capacity and skills), shared by its react-hook-form resolver and the action, and
// the agents list's URL filters.
import { z } from "zod";
import { MAX_CODE_UNITS_PER_CHARACTER, idSchema } from "@/lib/text-limits";
import { duplicateSkillIndexes, MAX_CAPACITY, MAX_SKILL_LENGTH, MAX_SKILLS, MIN_CAPACITY, normalizeSkill, skillLength } from "./skills";
import { keysetCursorSchema } from "@/lib/pagination/keyset";

const capacityMessage = "validation.queues.capacityRange";

export const capacitySchema = z
  .number(capacityMessage)
  .int(capacityMessage)
  .min(MIN_CAPACITY, capacityMessage)
  .max(MAX_CAPACITY, capacityMessage);

export const skillSchema = z
  .string()
  .max(MAX_SKILL_LENGTH * MAX_CODE_UNITS_PER_CHARACTER, { message: "validation.queues.skillTooLong", abort: true })
  .transform(normalizeSkill)
  .pipe(
    z
      .string()
      .min(1, "validation.required")
      .refine((skill) => skillLength(skill) <= MAX_SKILL_LENGTH, "validation.queues.skillTooLong"),
  );

export const skillsSchema = z
  .array(skillSchema)
  .max(MAX_SKILLS, "validation.queues.tooManySkills")
  .superRefine((skills, ctx) => {
    for (const index of duplicateSkillIndexes(skills))
      ctx.addIssue({ code: "custom", path: [index], message: "validation.queues.skillDuplicate" });
  });

export const agentProfileSchema = z.object({ userId: idSchema, capacity: capacitySchema, skills: skillsSchema });
export type AgentProfileForm = z.input<typeof agentProfileSchema>;

export const agentsListSchema = z
  .object({
    q: z.string().trim().max(100).optional().catch(undefined),
    status: z.enum(["active", "inactive"]).optional().catch(undefined),
  })
  .extend(keysetCursorSchema.shape);
export type AgentsListFilters = z.infer<typeof agentsListSchema>;

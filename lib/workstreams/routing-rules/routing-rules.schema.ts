// Routing rule forms (SPEC §2, work classification), shared by the rule dialog and the actions. The
// rule itself is the domain schema of lib/workstreams/routing-rules/evaluate.ts, so the form, the action and the
// evaluator agree on what a valid rule is.
import { z } from "zod";
import { skillsSchema } from "@/lib/agents/agents.schema";
import { idSchema } from "@/lib/text-limits";
import { type Channel, type Condition, MAX_CONDITIONS_PER_RULE, routingRuleSchema } from "@/lib/workstreams/routing-rules/evaluate";

/** `ruleId` absent: a new rule, added at the end of the list. */
export const saveRoutingRuleSchema = routingRuleSchema.omit({ id: true }).extend({
  workstreamId: idSchema,
  ruleId: idSchema.optional(),
  /** What the conversations it routes ask of their agent, when the workstream matches skills. */
  requiredSkills: skillsSchema.default([]),
});
export type SaveRoutingRuleForm = z.input<typeof saveRoutingRuleSchema>;

export const routingRuleIdSchema = z.object({ ruleId: idSchema });

/** The whole list in its new order: a stale list (a rule added or deleted meanwhile) is refused. */
export const reorderRoutingRulesSchema = z.object({
  workstreamId: idSchema,
  ruleIds: z
    .array(idSchema)
    .max(1000)
    .refine((ids) => new Set(ids).size === ids.length, "validation.invalid"),
});

export const CONDITION_FIELDS = ["messageText", "customerNumber", "language", "channel"] as const satisfies readonly Condition["field"][];
export type ConditionField = (typeof CONDITION_FIELDS)[number];

/** The comparisons each field offers, the first being the default. */
export const OPERATORS_OF = {
  messageText: ["contains", "matches", "equals"],
  customerNumber: ["startsWith"],
  language: ["is"],
  channel: ["is"],
} as const satisfies { [F in ConditionField]: readonly Extract<Condition, { field: F }>["operator"][] };

/** A fresh condition on `field`: its default comparison and no value yet. */
export function blankCondition(field: ConditionField): Condition {
  switch (field) {
    case "messageText":
      return { field, operator: "contains", value: "" };
    case "customerNumber":
      return { field, operator: "startsWith", value: "" };
    case "language":
      return { field, operator: "is", value: "" };
    case "channel":
      // Left empty on purpose: the admin picks the channel; the schema asks for it.
      return { field, operator: "is", value: "" as Channel };
  }
}

export { MAX_CONDITIONS_PER_RULE };

/** What the page hands the rules list: a stored rule with its queue's name. */
export type RoutingRuleView = {
  id: string;
  name: string;
  match: "all" | "any";
  conditions: Condition[];
  queueId: string;
  queueName: string;
  requiredSkills: string[];
};

/** The routing tester's question: which agent would a conversation routed by `ruleId` (null: the fallback) get? */
// The routing tester's GET /api/routing/explain: no ruleId (or an empty one) is the fallback queue.
export const explainAssignmentQuerySchema = z.object({
  workstreamId: idSchema,
  ruleId: z.preprocess((value) => (value === "" || value === undefined ? null : value), idSchema.nullable()),
});

/** Why each member of the queue would or wouldn't get the conversation (see lib/message-engine/choose-agent.ts). */
export type AgentAssessmentView = {
  userId: string;
  name: string;
  presence: string;
  presenceAllowed: boolean;
  load: number;
  capacity: number;
  matchedSkills: string[];
  missingSkills: string[];
  excludedBy: "presence" | "capacity" | "skills" | null;
  /** 1 for the agent who would get it; null when not eligible. */
  rank: number | null;
};

export type AssignmentExplanation =
  | { mode: "pick"; queueName: string }
  | {
      mode: "push";
      queueName: string;
      /** False outside the queue's operating hours: the conversation would wait there until it opens. */
      queueOpen: boolean;
      skillMatching: "EXACT" | "CLOSEST" | "NONE";
      requiredSkills: string[];
      agents: AgentAssessmentView[];
    };

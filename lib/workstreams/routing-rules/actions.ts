"use server";
// Routing rules of a workstream: save (create or edit), delete, reorder; and the tester's "which agent".
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { deleteRoutingRule, reorderRoutingRules, saveRoutingRule } from "./routing-rules";
import { reorderRoutingRulesSchema, routingRuleIdSchema, saveRoutingRuleSchema } from "./routing-rules.schema";

// The workstreams list shows the queues a workstream routes to, and a queue's page what uses it.
const refresh = (workstreamId: string) => {
  revalidatePath(`/workstreams/${workstreamId}`);
  revalidatePath("/workstreams");
  revalidatePath("/queues", "layout");
};

export const saveRoutingRuleAction = createAction(
  { name: "saveRoutingRule", access: "routing:manage", schema: saveRoutingRuleSchema },
  async (input, { user }) => {
    const saved = await saveRoutingRule({ input, actor: user });
    refresh(input.workstreamId);
    return saved;
  },
);

export const deleteRoutingRuleAction = createAction(
  { name: "deleteRoutingRule", access: "routing:manage", schema: routingRuleIdSchema },
  async ({ ruleId }, { user }) => {
    const { workstreamId } = await deleteRoutingRule({ ruleId, actor: user });
    refresh(workstreamId);
    return { id: ruleId };
  },
);

export const reorderRoutingRulesAction = createAction(
  { name: "reorderRoutingRules", access: "routing:manage", schema: reorderRoutingRulesSchema },
  async (input, { user }) => {
    const reordered = await reorderRoutingRules({ input, actor: user });
    refresh(input.workstreamId);
    return reordered;
  },
);

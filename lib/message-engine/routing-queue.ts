// Which queue the workstream's routing rules give a customer's message (the fallback queue when no rule
// matches): for a new conversation, and for one a bot hands to "routing" (decision 028).
import "server-only";
import { db } from "@/lib/db";
import { evaluateRouting } from "@/lib/workstreams/routing-rules/evaluate";
import { parseStoredConditions } from "@/lib/workstreams/routing-rules/stored-conditions";
import { bareAddress } from "./inbound-parse";

export async function routeToQueue(options: {
  workstream: { id: string; fallbackQueueId: string };
  text: string;
  customerAddress: string;
  language: string;
  channel: "SMS" | "WHATSAPP";
}): Promise<{ queueId: string; ruleId: string | null; requiredSkills: string }> {
  const rules = await db.routingRule.findMany({
    where: { workstreamId: options.workstream.id },
    orderBy: { position: "asc" },
    select: { id: true, name: true, match: true, conditions: true, queueId: true, requiredSkills: true },
  });
  const routed = evaluateRouting({
    rules: rules.map((rule) => ({
      ...rule,
      match: rule.match === "any" ? ("any" as const) : ("all" as const),
      conditions: parseStoredConditions(rule.conditions),
    })),
    fallbackQueueId: options.workstream.fallbackQueueId,
    message: {
      text: options.text,
      customerNumber: bareAddress(options.customerAddress),
      language: options.language,
      channel: options.channel,
    },
  });
  // The matched rule's required skills (a JSON array) go with the conversation to push assignment.
  const requiredSkills = rules.find((rule) => rule.id === routed.ruleId)?.requiredSkills ?? "[]";
  return { ...routed, requiredSkills };
}

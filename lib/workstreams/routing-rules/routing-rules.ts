// Routing rules of a workstream (SPEC §2, work classification): read, save, delete and reorder. The
// first matching rule wins, so `position` is the order of evaluation: 0, 1, 2… with no gaps.
import "server-only";
import type { z } from "zod";
import { ActionError } from "@/lib/actions/action-error";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db, serializableTransaction } from "@/lib/db";
import type { reorderRoutingRulesSchema, RoutingRuleView, saveRoutingRuleSchema } from "./routing-rules.schema";
import { isSameRuleSet } from "./rule-order";
import { parseStoredConditions } from "./stored-conditions";
import { parseStoredSkills } from "@/lib/agents/skills";

type Actor = NonNullable<AuditActor>;
type SaveInput = z.output<typeof saveRoutingRuleSchema>;
type ReorderInput = z.output<typeof reorderRoutingRulesSchema>;

/** In evaluation order. */
export async function listRoutingRules(workstreamId: string): Promise<RoutingRuleView[]> {
  const rows = await db.routingRule.findMany({
    where: { workstreamId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, match: true, conditions: true, queueId: true, requiredSkills: true, queue: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    match: row.match === "any" ? "any" : "all",
    conditions: parseStoredConditions(row.conditions),
    queueId: row.queueId,
    queueName: row.queue.name,
    requiredSkills: parseStoredSkills(row.requiredSkills),
  }));
}

async function findWorkstreamOrThrow(workstreamId: string) {
  const workstream = await db.workstream.findUnique({ where: { id: workstreamId }, select: { id: true, name: true } });
  if (!workstream) throw new ActionError("notFound", "errors.workstreams.notFound");
  return workstream;
}

/** Creates the rule at the end of the list, or updates it in place. */
export async function saveRoutingRule({ input, actor }: { input: SaveInput; actor: Actor }) {
  const workstream = await findWorkstreamOrThrow(input.workstreamId);
  const queue = await db.queue.findUnique({ where: { id: input.queueId }, select: { name: true } });
  if (!queue) throw new ActionError("notFound", "errors.routingRules.queueNotFound", { field: "queueId" });
  const data = {
    name: input.name,
    match: input.match,
    conditions: JSON.stringify(input.conditions),
    queueId: input.queueId,
    requiredSkills: JSON.stringify(input.requiredSkills),
  };
  const label = `${input.name} (${workstream.name})`;

  if (!input.ruleId) {
    // Serializable, so two rules added at once can't take the same position (decision 018).
    const created = await serializableTransaction(async (tx) => {
      const last = await tx.routingRule.findFirst({
        where: { workstreamId: workstream.id },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      const position = (last?.position ?? -1) + 1;
      return tx.routingRule.create({ data: { ...data, workstreamId: workstream.id, position }, select: { id: true, position: true } });
    });
    await recordAudit({
      actor,
      action: "create",
      entityType: "routingRule",
      entityId: created.id,
      entityLabel: label,
      details: {
        workstream: workstream.name,
        position: created.position + 1,
        match: input.match,
        conditions: input.conditions,
        queue: queue.name,
        requiredSkills: input.requiredSkills,
      },
    });
    return { id: created.id };
  }

  const before = await db.routingRule.findFirst({
    where: { id: input.ruleId, workstreamId: workstream.id },
    select: { name: true, match: true, conditions: true, requiredSkills: true, queue: { select: { name: true } } },
  });
  if (!before) throw new ActionError("notFound", "errors.routingRules.notFound");
  await db.routingRule.update({ where: { id: input.ruleId }, data, select: { id: true } });
  const changes = diffChanges(
    {
      name: before.name,
      match: before.match,
      conditions: parseStoredConditions(before.conditions),
      queue: before.queue.name,
      requiredSkills: parseStoredSkills(before.requiredSkills),
    },
    { name: input.name, match: input.match, conditions: input.conditions, queue: queue.name, requiredSkills: input.requiredSkills },
  );
  if (Object.keys(changes).length > 0) {
    await recordAudit({
      actor,
      action: "update",
      entityType: "routingRule",
      entityId: input.ruleId,
      entityLabel: label,
      details: { workstream: workstream.name, ...changes },
    });
  }
  return { id: input.ruleId };
}

/** Deletes the rule and closes the gap it leaves in the order. */
export async function deleteRoutingRule({ ruleId, actor }: { ruleId: string; actor: Actor }) {
  const rule = await db.routingRule.findUnique({
    where: { id: ruleId },
    select: { name: true, position: true, workstreamId: true, workstream: { select: { name: true } }, queue: { select: { name: true } } },
  });
  if (!rule) throw new ActionError("notFound", "errors.routingRules.notFound");
  await db.$transaction(async (tx) => {
    await tx.routingRule.delete({ where: { id: ruleId }, select: { id: true } });
    await renumber(tx, rule.workstreamId);
  });
  await recordAudit({
    actor,
    action: "delete",
    entityType: "routingRule",
    entityId: ruleId,
    entityLabel: `${rule.name} (${rule.workstream.name})`,
    details: { workstream: rule.workstream.name, position: rule.position + 1, queue: rule.queue.name },
  });
  return { workstreamId: rule.workstreamId };
}

/**
 * Rewrites every position from the full ordered list. A list that doesn't hold exactly the current
 * rules (someone added or deleted one meanwhile) is refused rather than guessed at.
 */
export async function reorderRoutingRules({ input, actor }: { input: ReorderInput; actor: Actor }) {
  const workstream = await findWorkstreamOrThrow(input.workstreamId);
  const before = await db.$transaction(async (tx) => {
    const current = await tx.routingRule.findMany({
      where: { workstreamId: workstream.id },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, name: true },
    });
    if (
      !isSameRuleSet(
        current.map((rule) => rule.id),
        input.ruleIds,
      )
    )
      throw new ActionError("conflict", "errors.routingRules.staleOrder");
    for (const [position, id] of input.ruleIds.entries()) {
      await tx.routingRule.update({ where: { id }, data: { position }, select: { id: true } });
    }
    return current;
  });
  // The order belongs to the workstream, not to one rule: audited as a change of the workstream.
  const nameOf = new Map(before.map((rule) => [rule.id, rule.name]));
  const changes = diffChanges(
    { routingRuleOrder: before.map((rule) => rule.name) },
    { routingRuleOrder: input.ruleIds.map((id) => nameOf.get(id)) },
  );
  if (Object.keys(changes).length > 0) {
    await recordAudit({
      actor,
      action: "update",
      entityType: "workstream",
      entityId: workstream.id,
      entityLabel: workstream.name,
      details: changes,
    });
  }
  return { id: workstream.id };
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function renumber(tx: Tx, workstreamId: string) {
  const rules = await tx.routingRule.findMany({
    where: { workstreamId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, position: true },
  });
  for (const [position, rule] of rules.entries()) {
    if (rule.position !== position) await tx.routingRule.update({ where: { id: rule.id }, data: { position }, select: { id: true } });
  }
}

// The routing tester's second half: after the rules chose a queue, which of its agents push
// distribution would pick right now, and why each other member wouldn't (presence, capacity, skills), or
// that the queue is outside its operating hours (the conversation would wait there until it opens).
// It asks the same assessment the router acts on (lib/message-engine/assignment.ts), so the answer
// can't drift from what happens to a real conversation.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { parseStoredSkills } from "@/lib/agents/skills";
import { db } from "@/lib/db";
import { assessPushAgents, isQueueOpen } from "@/lib/message-engine/assignment";
import type { AssignmentExplanation } from "./routing-rules.schema";

export async function explainAssignment(options: { workstreamId: string; ruleId: string | null }): Promise<AssignmentExplanation> {
  const workstream = await db.workstream.findUnique({
    where: { id: options.workstreamId },
    select: {
      distributionMode: true,
      allowedPresences: true,
      capacityUnits: true,
      skillMatching: true,
      fallbackQueue: { select: { id: true, name: true } },
    },
  });
  if (!workstream) throw new ActionError("notFound", "errors.workstreams.notFound");
  const rule = options.ruleId
    ? await db.routingRule.findFirst({
        where: { id: options.ruleId, workstreamId: options.workstreamId },
        select: { requiredSkills: true, queue: { select: { id: true, name: true } } },
      })
    : null;
  if (options.ruleId && !rule) throw new ActionError("notFound", "errors.routingRules.notFound");
  const queue = rule?.queue ?? workstream.fallbackQueue;
  if (workstream.distributionMode === "PICK") return { mode: "pick", queueName: queue.name };
  const requiredSkills = parseStoredSkills(rule?.requiredSkills);
  const [{ assessments, ranked, names }, queueOpen] = await Promise.all([
    assessPushAgents({ queueId: queue.id, workstream, preferredUserId: null, requiredSkills }),
    isQueueOpen(queue.id),
  ]);
  const agents = assessments
    .map((assessment) => {
      const position = ranked.indexOf(assessment.userId);
      return {
        userId: assessment.userId,
        name: names.get(assessment.userId) ?? "",
        presence: assessment.presence,
        presenceAllowed: assessment.presenceAllowed,
        load: assessment.load,
        capacity: assessment.capacity,
        matchedSkills: assessment.matchedSkills,
        missingSkills: assessment.missingSkills,
        excludedBy: assessment.excludedBy,
        rank: position === -1 ? null : position + 1,
      };
    })
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name));
  return { mode: "push", queueName: queue.name, queueOpen, skillMatching: workstream.skillMatching, requiredSkills, agents };
}

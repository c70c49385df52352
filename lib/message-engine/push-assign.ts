// A push conversation that just got its queue goes to an agent with room (assignment.ts); with "keep
// same agent" the customer's previous agent comes first. Used when a new conversation is routed and
// when a bot hands one over (decision 028).
import "server-only";
import { db } from "@/lib/db";
import { assignToFirstWithRoom } from "./assignment";
import type { SkillMatching } from "./choose-agent";

export async function assignPushConversation(options: {
  conversationId: string;
  queueId: string;
  numberId: string;
  customerAddress: string;
  workstream: { keepSameAgent: boolean; allowedPresences: string; capacityUnits: number | null; skillMatching: SkillMatching };
  /** The routing rule's required skills (stored JSON array) for skill matching (decision 030). */
  requiredSkills: string;
}): Promise<string | null> {
  const { workstream } = options;
  const previous = workstream.keepSameAgent
    ? await db.conversation.findFirst({
        where: {
          numberId: options.numberId,
          customerAddress: options.customerAddress,
          assignedToId: { not: null },
          id: { not: options.conversationId },
        },
        orderBy: { createdAt: "desc" },
        select: { assignedToId: true },
      })
    : null;
  return assignToFirstWithRoom({
    conversationId: options.conversationId,
    queueId: options.queueId,
    workstream,
    preferredUserId: previous?.assignedToId ?? null,
    requiredSkills: options.requiredSkills,
  });
}

// Who may transfer a conversation where (docs/decisions/029-agent-workspace-quick-replies-notifications-transfer.md).
// Pure: lib/conversations/transfer.ts applies it to what it read, the tests to plain values.
//
// - Only an open conversation moves. An agent transfers the conversations they hold and the
//   unassigned ones of their queues; administrators (who see every conversation) any open one.
// - To an agent: an active member of the conversation's queue, not the one who has it now, whose
//   presence the workstream allows and whose open load leaves room for one more conversation of this
//   workstream (the same capacity rule as push assignment, lib/message-engine/assignment.ts).
// - To a queue: any queue but the one an unassigned conversation already waits in. It arrives
//   unassigned; a push workstream then offers it to that queue's agents as usual.
export type TransferRefusal =
  | "closed"
  | "notYours"
  | "sameAgent"
  | "sameQueue"
  | "agentNotFound"
  | "agentNotMember"
  | "agentUnavailable"
  | "agentFull"
  | "queueNotFound";

export type TransferCheck = {
  conversation: { status: string; assignedToId: string | null; queueId: string | null };
  actor: { id: string; isAgent: boolean };
  target:
    | { type: "queue"; queueId: string; exists: boolean }
    | {
        type: "agent";
        userId: string;
        exists: boolean;
        isMemberOfQueue: boolean;
        presence: string;
        capacity: number;
        load: number;
      };
  workstream: { allowedPresences: readonly string[]; units: number };
};

export function transferRefusal({ conversation, actor, target, workstream }: TransferCheck): TransferRefusal | null {
  if (conversation.status !== "OPEN") return "closed";
  if (actor.isAgent && conversation.assignedToId !== null && conversation.assignedToId !== actor.id) return "notYours";
  if (target.type === "queue") {
    if (!target.exists) return "queueNotFound";
    if (conversation.assignedToId === null && conversation.queueId === target.queueId) return "sameQueue";
    return null;
  }
  if (!target.exists) return "agentNotFound";
  if (target.userId === conversation.assignedToId) return "sameAgent";
  if (!target.isMemberOfQueue) return "agentNotMember";
  if (!workstream.allowedPresences.includes(target.presence)) return "agentUnavailable";
  if (target.load + workstream.units > target.capacity) return "agentFull";
  return null;
}

/** The refusal's field: what the agent picked is the problem, or the conversation itself is. */
export function refusalField(refusal: TransferRefusal): "targetId" | null {
  return refusal === "closed" || refusal === "notYours" ? null : "targetId";
}

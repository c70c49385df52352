// Push distribution (SPEC §2): a new conversation in a push workstream goes to an agent of its queue
// whose presence the workstream allows and who has capacity left; the least loaded one wins, and with
// "keep same agent" the customer's previous agent comes first. Pick workstreams wait in the queue.
import "server-only";
import { db } from "@/lib/db";
import { parseStringArray } from "@/lib/stored-json";
import { chooseAgent } from "./choose-agent";

const DEFAULT_CAPACITY = 10;

export async function findPushAgent(options: {
  queueId: string;
  workstream: { allowedPresences: string; capacityUnits: number | null };
  preferredUserId: string | null;
}): Promise<string | null> {
  const members = await db.queueMember.findMany({
    where: { queueId: options.queueId, user: { isActive: true } },
    select: { userId: true, user: { select: { agentProfile: { select: { presence: true, capacity: true } } } } },
  });
  if (members.length === 0) return null;
  const loads = await db.conversation.findMany({
    where: { status: "OPEN", assignedToId: { in: members.map((member) => member.userId) } },
    select: { assignedToId: true, workstream: { select: { capacityUnits: true } } },
  });
  const loadOf = (userId: string) =>
    loads.filter((row) => row.assignedToId === userId).reduce((sum, row) => sum + (row.workstream?.capacityUnits ?? 1), 0);
  return chooseAgent({
    candidates: members.map((member) => ({
      userId: member.userId,
      presence: member.user.agentProfile?.presence ?? "AVAILABLE",
      capacity: member.user.agentProfile?.capacity ?? DEFAULT_CAPACITY,
      load: loadOf(member.userId),
    })),
    allowedPresences: parseStringArray(options.workstream.allowedPresences),
    units: options.workstream.capacityUnits ?? 1,
    preferredUserId: options.preferredUserId,
  });
}

// Transfer of a conversation to another queue or agent (issue #14.4; rules in ./transfer-rules.ts).
// The receiver hears of it ("Transfer request" notification), the customer gets the workstream's
// "transfer accepted" automated message, the thread shows a line saying who moved it where, and the
// audit log records it. A transfer to an agent is accepted at once: there is no pending state that
// could leave a customer between two agents (decision 029).
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import type { SessionUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import { publishConversationEvent } from "@/lib/live/publish";
import { parseStringArray } from "@/lib/stored-json";
import { assignIfRoom, DEFAULT_CAPACITY, isQueueOpen, rankPushAgents } from "../message-engine/assignment";
import { sendAutomatedMessage } from "../message-engine/automated";
import { visibleConversationsWhere } from "./access";
import { publishAgentNotification } from "./notifications";
import { refusalField, transferRefusal, type TransferRefusal } from "./transfer-rules";
import type { TransferInput } from "./transfer.schema";

type Actor = Pick<SessionUser, "id" | "email" | "name" | "role">;

const TARGETS_LIMIT = 20;

async function loadConversation(conversationId: string, actor: Pick<Actor, "id" | "role">) {
  const conversation = await db.conversation.findFirst({
    where: { AND: [{ id: conversationId }, visibleConversationsWhere(actor)] },
    select: {
      id: true,
      status: true,
      assignedToId: true,
      queueId: true,
      customerAddress: true,
      assignedTo: { select: { name: true } },
      queue: { select: { name: true } },
      workstream: { select: { allowedPresences: true, capacityUnits: true, distributionMode: true } },
    },
  });
  if (!conversation) throw new ActionError("notFound", "errors.conversation.notFound");
  return conversation;
}

type Loaded = Awaited<ReturnType<typeof loadConversation>>;

// A conversation without a workstream (its workstream was deleted) keeps the schema's defaults.
function workstreamRules(workstream: { allowedPresences: string; capacityUnits: number | null } | null) {
  return {
    allowedPresences: workstream ? parseStringArray(workstream.allowedPresences) : ["AVAILABLE", "BUSY"],
    units: workstream?.capacityUnits ?? 1,
  };
}

async function openLoads(userIds: string[], tx: Pick<typeof db, "conversation"> = db) {
  const rows = await tx.conversation.findMany({
    where: { status: "OPEN", assignedToId: { in: userIds } },
    select: { assignedToId: true, workstream: { select: { capacityUnits: true } } },
  });
  const loads = new Map<string, number>();
  for (const row of rows) loads.set(row.assignedToId!, (loads.get(row.assignedToId!) ?? 0) + (row.workstream?.capacityUnits ?? 1));
  return loads;
}

function refuse(refusal: TransferRefusal): never {
  const code = refusal === "closed" || refusal === "notYours" || refusal === "agentFull" ? "conflict" : "validation";
  const field = refusalField(refusal);
  throw new ActionError(code, `errors.transfer.${refusal}`, field ? { field } : {});
}

/** What the transfer dialog offers: queues and the agents of the conversation's queue, matching `q`. */
export async function listTransferTargets({
  user,
  conversationId,
  q,
}: {
  user: Pick<Actor, "id" | "role">;
  conversationId: string;
  q: string;
}) {
  const conversation = await db.conversation.findFirst({
    where: { AND: [{ id: conversationId }, visibleConversationsWhere(user)] },
    select: { id: true, queueId: true, assignedToId: true, workstream: { select: { allowedPresences: true, capacityUnits: true } } },
  });
  if (!conversation) return null;
  const rules = workstreamRules(conversation.workstream);
  const [queues, members] = await Promise.all([
    db.queue.findMany({
      where: q ? { name: containsText(q) } : {},
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: TARGETS_LIMIT,
      select: { id: true, name: true },
    }),
    conversation.queueId
      ? db.queueMember.findMany({
          where: {
            queueId: conversation.queueId,
            user: { isActive: true, ...(q ? { name: containsText(q) } : {}) },
            ...(conversation.assignedToId ? { userId: { not: conversation.assignedToId } } : {}),
          },
          orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
          take: TARGETS_LIMIT,
          select: { userId: true, user: { select: { name: true, agentProfile: { select: { presence: true, capacity: true } } } } },
        })
      : [],
  ]);
  const loads = await openLoads(members.map((member) => member.userId));
  return {
    queues: queues.map((queue) => ({ ...queue, isCurrent: queue.id === conversation.queueId })),
    agents: members.map((member) => {
      const presence = member.user.agentProfile?.presence ?? "AVAILABLE";
      const capacity = member.user.agentProfile?.capacity ?? DEFAULT_CAPACITY;
      const load = loads.get(member.userId) ?? 0;
      return {
        id: member.userId,
        name: member.user.name,
        presence,
        isAvailable: rules.allowedPresences.includes(presence),
        hasRoom: load + rules.units <= capacity,
      };
    }),
  };
}

export type TransferTargets = NonNullable<Awaited<ReturnType<typeof listTransferTargets>>>;

export async function transferConversation({ input, actor }: { input: TransferInput; actor: Actor }) {
  const conversation = await loadConversation(input.conversationId, actor);
  const rules = workstreamRules(conversation.workstream);
  const base = {
    conversation: { status: conversation.status, assignedToId: conversation.assignedToId, queueId: conversation.queueId },
    actor: { id: actor.id, isAgent: actor.role === "AGENT" },
    workstream: rules,
  };
  const moved =
    input.targetType === "agent"
      ? await transferToAgent(conversation, input.targetId, base)
      : await transferToQueue(conversation, input.targetId, base, actor);

  await db.conversationEvent.create({
    data: {
      conversationId: conversation.id,
      kind: "transfer",
      actorId: actor.id,
      actorName: actor.name,
      toUserId: moved.agent?.id ?? null,
      toUserName: moved.agent?.name ?? null,
      toQueueId: moved.queue?.id ?? null,
      toQueueName: moved.queue?.name ?? null,
      note: input.note || null,
    },
    select: { id: true },
  });
  await recordAudit({
    actor,
    action: "transfer",
    entityType: "conversation",
    entityId: conversation.id,
    entityLabel: conversation.customerAddress,
    details: {
      assignee: { from: conversation.assignedTo?.name ?? null, to: moved.agent?.name ?? null },
      queue: { from: conversation.queue?.name ?? null, to: moved.queue?.name ?? conversation.queue?.name ?? null },
    },
  });
  publishConversationEvent("conversation.assigned", conversation.id, { previousAgentId: conversation.assignedToId, actorId: actor.id });
  publishAgentNotification({
    kind: "transferRequest",
    conversationId: conversation.id,
    userIds: moved.agent ? [moved.agent.id] : [],
    queueId: moved.agent ? null : (moved.queue?.id ?? null),
    exceptUserId: actor.id,
  });
  await sendAutomatedMessage({ conversationId: conversation.id, trigger: "transferAccepted" });
  return { conversationId: conversation.id, agent: moved.agent?.name ?? null, queue: moved.queue?.name ?? null };
}

type Base = Omit<Parameters<typeof transferRefusal>[0], "target">;

async function transferToAgent(conversation: Loaded, userId: string, base: Base) {
  const user = await db.user.findFirst({ where: { id: userId, isActive: true }, select: { id: true, name: true } });
  const isMember =
    user !== null &&
    conversation.queueId !== null &&
    (await db.queueMember.count({ where: { queueId: conversation.queueId, userId } })) > 0;
  // The capacity check and the move are one transaction behind the agent's AgentProfile row, as in
  // push assignment: two transfers to the same agent can't both fit into their last slot.
  const outcome = await db.$transaction(async (tx) => {
    const profile = user
      ? await tx.agentProfile.upsert({
          where: { userId },
          create: { userId },
          update: { updatedAt: new Date() },
          select: { capacity: true, presence: true },
        })
      : { capacity: 0, presence: "" };
    const load = user ? ((await openLoads([userId], tx)).get(userId) ?? 0) : 0;
    const refusal = transferRefusal({
      ...base,
      target: {
        type: "agent",
        userId,
        exists: user !== null,
        isMemberOfQueue: isMember,
        presence: profile.presence,
        capacity: profile.capacity,
        load,
      },
    });
    if (refusal) return { refusal };
    const updated = await tx.conversation.updateMany({
      where: { id: conversation.id, status: "OPEN", assignedToId: conversation.assignedToId },
      data: { assignedToId: userId },
    });
    return { refusal: updated.count === 0 ? ("notYours" as const) : null };
  });
  if (outcome.refusal) refuse(outcome.refusal);
  return { agent: user!, queue: null };
}

async function transferToQueue(conversation: Loaded, queueId: string, base: Base, actor: Actor) {
  const queue = await db.queue.findUnique({ where: { id: queueId }, select: { id: true, name: true } });
  const refusal = transferRefusal({ ...base, target: { type: "queue", queueId, exists: queue !== null } });
  if (refusal) refuse(refusal);
  const updated = await db.conversation.updateMany({
    where: { id: conversation.id, status: "OPEN", assignedToId: conversation.assignedToId },
    data: { queueId, assignedToId: null },
  });
  if (updated.count === 0) refuse("notYours");
  let agent: { id: string; name: string } | null = null;
  const workstream = conversation.workstream;
  // A queue outside its operating hours keeps it until it opens (the assignment tick hands it out then).
  if (workstream?.distributionMode === "PUSH" && (await isQueueOpen(queueId))) {
    // Offered to the new queue's agents as a new conversation would be; not back to whoever sent it there.
    const ranked = (await rankPushAgents({ queueId, workstream, preferredUserId: null })).filter((id) => id !== actor.id);
    for (const agentId of ranked.slice(0, 5)) {
      if (await assignIfRoom({ conversationId: conversation.id, agentId, workstream })) {
        agent = await db.user.findUnique({ where: { id: agentId }, select: { id: true, name: true } });
        break;
      }
    }
  }
  return { agent, queue: queue! };
}

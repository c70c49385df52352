// Who sees which conversations. Agents see those assigned to them and those waiting in the queues
// they belong to; other roles with conversations:view (administrators, viewers) see all of them.
// The same rule twice: as a Prisma filter for reads, and for a conversation already in hand (the live
// channel decides per event whom to tell, lib/live/stream.ts). access.test.ts checks they agree.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";

type Viewer = Pick<SessionUser, "id" | "role">;

export function visibleConversationsWhere(user: Viewer): Prisma.ConversationWhereInput {
  if (user.role !== "AGENT") return {};
  return { OR: [{ assignedToId: user.id }, { queue: { members: { some: { userId: user.id } } } }] };
}

/** A viewer with the queues they belong to (only agents' are read: other roles see everything). */
export type AudienceViewer = Viewer & { queueIds: ReadonlySet<string> };

export async function loadAudienceViewer(user: Viewer): Promise<AudienceViewer> {
  if (user.role !== "AGENT") return { id: user.id, role: user.role, queueIds: new Set() };
  const memberships = await db.queueMember.findMany({ where: { userId: user.id }, select: { queueId: true } });
  return { id: user.id, role: user.role, queueIds: new Set(memberships.map((membership) => membership.queueId)) };
}

/**
 * visibleConversationsWhere for one conversation: `agentIds` are its assignee and, after a change of
 * hands, the previous one (who should hear that it left their list).
 */
export function canSeeConversation(viewer: AudienceViewer, conversation: { queueId: string | null; agentIds: readonly string[] }): boolean {
  if (viewer.role !== "AGENT") return true;
  return conversation.agentIds.includes(viewer.id) || (conversation.queueId !== null && viewer.queueIds.has(conversation.queueId));
}

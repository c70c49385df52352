// Who sees which conversations. Agents see those assigned to them and those waiting in the queues
// they belong to; other roles with conversations:view (administrators, viewers) see all of them.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";

type Viewer = Pick<SessionUser, "id" | "role">;

export function visibleConversationsWhere(user: Viewer): Prisma.ConversationWhereInput {
  if (user.role !== "AGENT") return {};
  return { OR: [{ assignedToId: user.id }, { queue: { members: { some: { userId: user.id } } } }] };
}

// An agent's presence (Available, Busy, Do not disturb, Away, Appear offline): chosen on the
// dashboard, read by push distribution against each workstream's allowed presences.
import "server-only";
import { takesConversations } from "@/lib/auth/permissions";
import { ActionError } from "@/lib/actions/action-error";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { publishPresenceEvent } from "@/lib/live/publish";
import { PRESENCES } from "@/lib/workstreams/workstreams.schema";
import type { Presence } from "./conversations.schema";
import { requestWaitingAssignment } from "../message-engine/assign-soon";

const isPresence = (value: string | undefined): value is Presence => (PRESENCES as readonly string[]).includes(value ?? "");

/** The agent's presence; Available until they choose (or when an older value is unreadable). */
export async function getPresence({ userId }: { userId: string }): Promise<Presence> {
  const profile = await db.agentProfile.findUnique({ where: { userId }, select: { presence: true } });
  return isPresence(profile?.presence) ? profile.presence : "AVAILABLE";
}

/** Saves the agent's own presence; the profile is created on first use. Only those who take conversations have one. */
export async function setPresence({
  user,
  presence,
}: {
  user: Pick<SessionUser, "id" | "role">;
  presence: Presence;
}): Promise<{ presence: Presence }> {
  if (!takesConversations(user.role)) throw new ActionError("forbidden", "errors.forbidden");
  await db.agentProfile.upsert({
    where: { userId: user.id },
    create: { userId: user.id, presence },
    update: { presence },
    select: { userId: true },
  });
  // An agent who became available may take waiting push conversations now.
  await requestWaitingAssignment();
  publishPresenceEvent(user.id, presence);
  return { presence };
}

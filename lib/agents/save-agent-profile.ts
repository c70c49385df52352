import "server-only";
import { takesConversations } from "@/lib/auth/permissions";
import type { z } from "zod";
import { ActionError } from "@/lib/actions/action-error";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { agentProfileSchema } from "./agents.schema";
import { DEFAULT_CAPACITY, parseStoredSkills } from "./skills";

type Input = z.output<typeof agentProfileSchema>;

/** Saves an agent's capacity and skills; the profile is created on the first save. */
export async function saveAgentProfile({ input, actor }: { input: Input; actor: NonNullable<AuditActor> }) {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { id: true, email: true, role: true, agentProfile: { select: { capacity: true, skills: true } } },
  });
  if (!user || !takesConversations(user.role)) throw new ActionError("notFound", "errors.queues.agentNotFound");
  const before = {
    capacity: user.agentProfile?.capacity ?? DEFAULT_CAPACITY,
    skills: parseStoredSkills(user.agentProfile?.skills).join(", "),
  };
  const skills = JSON.stringify(input.skills);
  await db.agentProfile.upsert({
    where: { userId: user.id },
    create: { userId: user.id, capacity: input.capacity, skills },
    update: { capacity: input.capacity, skills },
    select: { userId: true },
  });
  const after = { capacity: input.capacity, skills: input.skills.join(", ") };
  const audit = { actor, entityType: "agent", entityId: user.id, entityLabel: user.email } as const;
  if (!user.agentProfile) {
    await recordAudit({ ...audit, action: "create", details: after });
  } else {
    const changes = diffChanges(before, after);
    if (Object.keys(changes).length > 0) await recordAudit({ ...audit, action: "update", details: changes });
  }
  return { userId: user.id, capacity: input.capacity, skills: input.skills };
}

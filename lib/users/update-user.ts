import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Role } from "@/lib/auth/permissions";
import { endAllSessions } from "@/lib/auth/session";
import { db } from "@/lib/db";

type Actor = NonNullable<AuditActor>;

async function findUserOrThrow(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, isActive: true } });
  if (!user) throw new ActionError("notFound", "errors.userNotFound");
  return user;
}

// Keeps at least one active administrator, so nobody can lock everyone out of the Users page.
async function assertAnotherActiveAdministrator(userId: string) {
  const others = await db.user.count({ where: { role: "ADMINISTRATOR", isActive: true, id: { not: userId } } });
  if (others === 0) throw new ActionError("conflict", "errors.lastAdministrator");
}

export async function changeUserRole({ userId, role, actor }: { userId: string; role: Role; actor: Actor }) {
  if (userId === actor.id) throw new ActionError("conflict", "errors.cannotChangeOwnRole");
  const user = await findUserOrThrow(userId);
  if (user.role === role) return user;
  if (user.role === "ADMINISTRATOR" && user.isActive) await assertAnotherActiveAdministrator(userId);
  const updated = await db.user.update({
    where: { id: userId },
    data: { role },
    select: { id: true, email: true, role: true, isActive: true },
  });
  await recordAudit({
    actor,
    action: "role_change",
    entityType: "user",
    entityId: userId,
    entityLabel: user.email,
    details: { role: { from: user.role, to: role } },
  });
  return updated;
}

export async function setUserActive({ userId, isActive, actor }: { userId: string; isActive: boolean; actor: Actor }) {
  if (userId === actor.id) throw new ActionError("conflict", "errors.cannotDeactivateSelf");
  const user = await findUserOrThrow(userId);
  if (user.isActive === isActive) return user;
  if (!isActive && user.role === "ADMINISTRATOR") await assertAnotherActiveAdministrator(userId);
  const updated = await db.user.update({
    where: { id: userId },
    data: { isActive },
    select: { id: true, email: true, role: true, isActive: true },
  });
  if (!isActive) await endAllSessions(userId);
  await recordAudit({
    actor,
    action: isActive ? "reactivate" : "deactivate",
    entityType: "user",
    entityId: userId,
    entityLabel: user.email,
  });
  return updated;
}

export async function saveUserLocale(userId: string, locale: string) {
  await db.user.update({ where: { id: userId }, data: { locale, localeFromBrowser: false }, select: { id: true } });
}

/** The user's own preferences (the zone every date is shown in). */
export async function saveUserPreferences(userId: string, { timeZone }: { timeZone: string }) {
  await db.user.update({ where: { id: userId }, data: { timeZone }, select: { id: true } });
}

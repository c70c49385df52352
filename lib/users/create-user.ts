import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { db, serializableTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NewUserLocale } from "./users.schema";

type CreateUserOptions = { name: string; email: string; password: string; role: Role; locale?: NewUserLocale; actor: AuditActor };

const userSelect = { id: true, name: true, email: true, role: true, locale: true } as const;

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createUser({ name, email, password, role, locale, actor }: CreateUserOptions) {
  const passwordHash = await hashPassword(password);
  try {
    // "browser" (or none): the first sign-in takes the language from the browser.
    const language = !locale || locale === "browser" ? { localeFromBrowser: true } : { locale };
    const user = await db.user.create({ data: { name, email, passwordHash, role, ...language }, select: userSelect });
    await recordAudit({
      actor,
      action: "create",
      entityType: "user",
      entityId: user.id,
      entityLabel: email,
      details: { name, email, role, ...(language.locale ? { locale: language.locale } : {}) },
    });
    return user;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ActionError("conflict", "errors.emailTaken", { field: "email" });
    throw error;
  }
}

/** Creates the first administrator, only while no user exists (checked inside the write transaction). */
export async function createFirstAdministrator({ name, email, password, locale }: Omit<CreateUserOptions, "role" | "actor">) {
  const passwordHash = await hashPassword(password);
  // Serializable, so two first-run forms submitted at once can't both find no user (decision 018).
  const user = await serializableTransaction(async (tx) => {
    if ((await tx.user.count()) > 0) throw new ActionError("conflict", "errors.setupDone");
    return tx.user.create({
      data: { name, email, passwordHash, role: "ADMINISTRATOR", lastSignInAt: new Date(), ...(locale ? { locale } : {}) },
      select: userSelect,
    });
  });
  await recordAudit({
    actor: { id: user.id, email: user.email },
    action: "create",
    entityType: "user",
    entityId: user.id,
    entityLabel: email,
    details: { name, email, role: "ADMINISTRATOR", firstAdministrator: true },
  });
  return user;
}

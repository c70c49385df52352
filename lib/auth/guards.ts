// Page-level guards: every page calls one of these on the server before rendering anything.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { countUsers } from "@/lib/users/count-users";
import { can, canAny, type Permission } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  if ((await countUsers()) === 0) redirect("/setup");
  redirect("/sign-in");
}

export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}

export async function requireAnyPermission(permissions: readonly Permission[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!canAny(user.role, permissions)) forbidden();
  return user;
}

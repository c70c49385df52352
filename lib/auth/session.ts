// Database sessions. The browser holds a random token in an httpOnly, SameSite=Lax cookie; the
// database holds only its SHA-256, so a leaked database cannot be replayed as sessions.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Role } from "./permissions";
import { SESSION_COOKIE_NAME } from "./session-cookie.mjs";

export const SESSION_COOKIE = SESSION_COOKIE_NAME;
const SESSION_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type SessionUser = { id: string; email: string; name: string; role: Role; locale: string; timeZone: string | null };

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

function cookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: getEnv().PUBLIC_BASE_URL.startsWith("https://"),
    path: "/",
    expires,
  };
}

export async function startSession(userId: string, userAgent: string | null) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * DAY_MS);
  await db.session.create({
    data: { tokenHash: hashToken(token), userId, userAgent: userAgent?.slice(0, 300) ?? null, expiresAt },
    select: { id: true },
  });
  (await cookies()).set(SESSION_COOKIE, token, cookieOptions(expiresAt));
}

export async function endSession() {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
  store.delete(SESSION_COOKIE);
}

/** The signed-in, active user of this request, or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, locale: true, timeZone: true, isActive: true } },
    },
  });
  if (!session || session.expiresAt.getTime() <= Date.now() || !session.user.isActive) return null;
  // Sliding expiry, written at most once a day per session.
  if (session.expiresAt.getTime() - Date.now() < (SESSION_DAYS - 1) * DAY_MS) {
    await db.session.update({
      where: { id: session.id },
      data: { expiresAt: new Date(Date.now() + SESSION_DAYS * DAY_MS), lastSeenAt: new Date() },
      select: { id: true },
    });
  }
  const { isActive: _active, ...user } = session.user;
  return user;
});

/** Signs a user out everywhere (used when an administrator deactivates them). */
export async function endAllSessions(userId: string) {
  await db.session.deleteMany({ where: { userId } });
}

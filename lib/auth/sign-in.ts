// Checks a password sign-in, slowing down repeated failures per email and per client.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, serializableTransaction, type Db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { decoyPasswordHash, verifyPassword } from "./password";
import { CLIENT_ALLOWANCE, FREE_ATTEMPTS, secondsUntilNextAttempt, THROTTLE_WINDOW_MS } from "./throttle";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; locale: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

async function waitFor(tx: Tx, where: { emailKey: string } | { clientKey: string }, allowance: number, now: Date) {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const recent = await tx.signInAttempt.findMany({
    where: { ...where, succeeded: false, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    take: 64,
    select: { createdAt: true },
  });
  const extra = FREE_ATTEMPTS - allowance; // shifts the curve for the more generous client allowance
  return secondsUntilNextAttempt(recent.length + extra, recent[0]?.createdAt ?? null, now);
}

/** What a sign-in fills in from the browser: the zone if the user has none, the language if nobody chose it. */
export function firstSignInDefaults(
  user: { timeZone: string | null; localeFromBrowser: boolean },
  browser: { browserTimeZone?: string; browserLocale?: Locale },
): { timeZone?: string; locale?: Locale; localeFromBrowser?: false } {
  return {
    ...(user.timeZone === null && browser.browserTimeZone ? { timeZone: browser.browserTimeZone } : {}),
    ...(user.localeFromBrowser && browser.browserLocale ? { locale: browser.browserLocale, localeFromBrowser: false as const } : {}),
  };
}

export async function attemptSignIn({
  email,
  password,
  clientKey,
  browserTimeZone,
  browserLocale,
}: {
  email: string;
  password: string;
  clientKey: string;
  /** The browser's zone: becomes the user's zone if they have none yet. */
  browserTimeZone?: string;
  /** The browser's language: becomes the user's language if the administrator left it to the browser. */
  browserLocale?: Locale;
}): Promise<SignInOutcome> {
  const now = new Date();
  const emailKey = email.toLowerCase();
  // Check and reserve in one serializable transaction (on PostgreSQL too: decision 018): the attempt counts
  // as a failure until the password proves otherwise, so parallel guesses can't all pass the check first.
  const reservation = await serializableTransaction(async (tx) => {
    const wait = Math.max(await waitFor(tx, { emailKey }, FREE_ATTEMPTS, now), await waitFor(tx, { clientKey }, CLIENT_ALLOWANCE, now));
    if (wait > 0) return { wait };
    return { attemptId: (await tx.signInAttempt.create({ data: { emailKey, clientKey, succeeded: false }, select: { id: true } })).id };
  });
  if (!("attemptId" in reservation)) return { ok: false, reason: "throttled", retryAfterSeconds: reservation.wait };

  const user = await db.user.findUnique({
    where: { email: emailKey },
    select: { id: true, email: true, locale: true, localeFromBrowser: true, timeZone: true, passwordHash: true, isActive: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  const succeeded = Boolean(user && user.isActive && passwordOk);
  if (succeeded) await db.signInAttempt.update({ where: { id: reservation.attemptId }, data: { succeeded }, select: { id: true } });

  if (!user || !succeeded) {
    await recordAudit({ actor: null, action: "sign_in_failed", entityType: "session", entityLabel: emailKey });
    return { ok: false, reason: "invalid" };
  }
  const updated = await db.user.update({
    where: { id: user.id },
    data: { lastSignInAt: now, ...firstSignInDefaults(user, { browserTimeZone, browserLocale }) },
    select: { locale: true },
  });
  await recordAudit({
    actor: { id: user.id, email: user.email },
    action: "sign_in",
    entityType: "session",
    entityId: user.id,
    entityLabel: user.email,
  });
  return { ok: true, user: { id: user.id, email: user.email, locale: updated.locale } };
}

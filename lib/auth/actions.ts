"use server";
// Sign-in, sign-out, first-run setup, the language switch and the signed-in user's own preferences.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ActionError } from "@/lib/actions/action-error";
import { createAction } from "@/lib/actions/create-action";
import { clientAddressOf } from "@/lib/http/request-client";
import { recordAudit } from "@/lib/audit/record-audit";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { resolveRequestLocale } from "@/lib/i18n/request";
import { createFirstAdministrator } from "@/lib/users/create-user";
import { saveUserLocale, saveUserPreferences } from "@/lib/users/update-user";
import { createFirstAdministratorSchema, savePreferencesSchema } from "@/lib/users/users.schema";
import { setLocaleSchema, signInSchema } from "./auth.schema";
import { safeRedirectPath } from "./redirect-path";
import { endSession, startSession } from "./session";
import { attemptSignIn } from "./sign-in";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

async function rememberLocale(locale: string) {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: YEAR_SECONDS });
}

// The throttle's per-client key: the TCP peer, or whom a trusted proxy forwards for (lib/http/client-address).
async function clientKey() {
  // Under plain `next start` (not scripts/serve.mjs) the peer can't be known: one shared key.
  return clientAddressOf(await headers()) ?? "unknown";
}

export const createFirstAdministratorAction = createAction(
  { name: "createFirstAdministrator", access: "public", schema: createFirstAdministratorSchema },
  async (input) => {
    const locale = await resolveRequestLocale();
    const user = await createFirstAdministrator({ ...input, locale });
    await startSession(user.id, (await headers()).get("user-agent"));
    redirect("/");
  },
);

export const signInAction = createAction(
  { name: "signIn", access: "public", schema: signInSchema.extend({ next: safeRedirectPath.optional() }) },
  async ({ email, password, timeZone, next }) => {
    const outcome = await attemptSignIn({
      email,
      password,
      clientKey: await clientKey(),
      browserTimeZone: timeZone,
      browserLocale: await resolveRequestLocale(),
    });
    if (!outcome.ok && outcome.reason === "throttled") {
      throw new ActionError("rateLimited", "errors.signInThrottled", { values: { seconds: outcome.retryAfterSeconds } });
    }
    if (!outcome.ok) throw new ActionError("unauthenticated", "errors.invalidCredentials");
    await startSession(outcome.user.id, (await headers()).get("user-agent"));
    await rememberLocale(outcome.user.locale);
    redirect(next ?? "/");
  },
);

export const signOutAction = createAction({ name: "signOut", access: "authenticated", schema: z.object({}) }, async (_input, { user }) => {
  await recordAudit({ actor: user, action: "sign_out", entityType: "session", entityId: user.id, entityLabel: user.email });
  await endSession();
  redirect("/sign-in");
});

export const setLocaleAction = createAction(
  { name: "setLocale", access: "public", schema: setLocaleSchema },
  async ({ locale }, { user }) => {
    await rememberLocale(locale);
    if (user) await saveUserLocale(user.id, locale);
    return { locale };
  },
);

export const savePreferencesAction = createAction(
  { name: "savePreferences", access: "authenticated", schema: savePreferencesSchema },
  async ({ timeZone }, { user }) => {
    await saveUserPreferences(user.id, { timeZone });
    return { timeZone };
  },
);

// Authenticates a provider's request to an account's callback URL before anything else is read.
// The result says why a request failed, so the route can record it, and whether the account is in
// Monitor mode (accept despite a bad signature, record the failure) or Enforce mode (refuse).
import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { publicBaseUrls } from "@/lib/env/schema";
import { verifyTelesignCallback } from "@/lib/providers/telesign/client";
import { parseTwilioForm, verifyTwilioSignature, type TwilioParams } from "@/lib/providers/twilio/client";
import type { WebhookFailureReason } from "./failures";

/**
 * The URLs the provider may have called, rebuilt from the configured public base URLs (proxies
 * rewrite Host; regional URLs share the path), query included. Twilio signs the exact URL it called.
 */
export function publicRequestUrls(requestUrl: string): string[] {
  const url = new URL(requestUrl);
  return publicBaseUrls(getEnv()).map((base) => `${base}${url.pathname}${url.search}`);
}

type AuthFailure = { ok: false; accountId: string | null; reason: WebhookFailureReason; monitored: boolean };
type AuthSuccess<T> = { ok: true; accountId: string; signatureFailure: WebhookFailureReason | null } & T;

function findAccount(callbackKey: string, provider: "TWILIO" | "TELESIGN") {
  // The key is 43 base64url characters; anything else can't be one and needs no lookup.
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(callbackKey)) return null;
  return db.messagingAccount.findFirst({
    where: { callbackKey, provider },
    select: { id: true, signatureMode: true, twilioAuthToken: true, telesignCustomerId: true, telesignApiKey: true },
  });
}

/** In Monitor mode a failed check is accepted (and recorded); in Enforce mode it is refused. */
function decide<T>(account: { id: string; signatureMode: string }, failure: WebhookFailureReason | null, extra: T): AuthSuccess<T> | AuthFailure {
  if (failure === null) return { ok: true, accountId: account.id, signatureFailure: null, ...extra };
  if (account.signatureMode === "MONITOR") return { ok: true, accountId: account.id, signatureFailure: failure, ...extra };
  return { ok: false, accountId: account.id, reason: failure, monitored: false };
}

export async function authenticateTwilioRequest({ callbackKey, requestUrl, signature, rawBody }: { callbackKey: string; requestUrl: string; signature: string | null; rawBody: string }) {
  const account = await findAccount(callbackKey, "TWILIO");
  if (!account) return { ok: false, accountId: null, reason: "unknownCallbackKey", monitored: false } satisfies AuthFailure;
  const params: TwilioParams = parseTwilioForm(rawBody);
  const authToken = account.twilioAuthToken;
  let failure: WebhookFailureReason | null = null;
  if (!authToken) failure = "missingCredentials";
  else if (!signature) failure = "missingSignature";
  else if (!publicRequestUrls(requestUrl).some((url) => verifyTwilioSignature({ authToken, signature, url, params }))) failure = "invalidSignature";
  return decide(account, failure, { params });
}

export async function authenticateTelesignRequest({ callbackKey, authorization, rawBody }: { callbackKey: string; authorization: string | null; rawBody: string }) {
  const account = await findAccount(callbackKey, "TELESIGN");
  if (!account) return { ok: false, accountId: null, reason: "unknownCallbackKey", monitored: false } satisfies AuthFailure;
  let failure: WebhookFailureReason | null = null;
  if (!account.telesignCustomerId || !account.telesignApiKey) failure = "missingCredentials";
  else if (!authorization) failure = "missingSignature";
  else if (!verifyTelesignCallback({ customerId: account.telesignCustomerId, apiKey: account.telesignApiKey, authorization, rawBody })) failure = "invalidSignature";
  return decide(account, failure, {});
}

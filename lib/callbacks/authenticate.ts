// Authenticates a provider's request to an account's callback URL before anything else is read.
// The result says why a request failed, so the route can record it, and whether the account is in
// Monitor mode (accept despite a bad signature, record the failure) or Enforce mode (refuse).
import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { publicBaseUrls } from "@/lib/env/schema";
import { SecretDecryptionError } from "@/lib/secrets/cipher";
import { verifyTelesignCallback } from "@/lib/providers/telesign/client";
import { parseTwilioForm, verifyTwilioSignature, type TwilioParams } from "@/lib/providers/twilio/client";
import type { WebhookFailureReason } from "./failures";
import { isOwnTwilioAccountSid } from "./twilio-account-sid";

/**
 * The URLs the provider may have called, rebuilt from the configured public base URLs (proxies
 * rewrite Host; regional URLs share the path), query included. Twilio signs the exact URL it called.
 */
export function publicRequestUrls(requestUrl: string): string[] {
  const url = new URL(requestUrl);
  return publicBaseUrls(getEnv()).map((base) => `${base}${url.pathname}${url.search}`);
}

type AuthFailure = { ok: false; accountId: string | null; reason: WebhookFailureReason; monitored: boolean };
type AuthSuccess<T> = { ok: true; accountId: string; twilioAccountSid: string | null; signatureFailure: WebhookFailureReason | null } & T;

export type CallbackAccount = {
  id: string;
  signatureMode: string;
  twilioAccountSid: string | null;
  twilioAuthToken: string | null;
  telesignCustomerId: string | null;
  telesignApiKey: string | null;
  /** The stored secret can't be opened with the configured keys (APP_ENCRYPTION_KEY changed). */
  credentialsUnreadable?: boolean;
};

// Callback accounts are read on every webhook; a few seconds of caching keeps a burst of traffic off
// the database. Only the happy path trusts the cache: a failed check is always re-run against a fresh
// read, so a rotated token or a switch to Monitor applies at once. (A switch to Enforce may take up to
// CACHE_MS to stop accepting bad signatures.)
const CACHE_MS = 5_000;
type CacheEntry = { account: CallbackAccount | null; expiresAt: number };
const cacheHolder = globalThis as typeof globalThis & { __sbCallbackAccounts?: Map<string, CacheEntry> };
const cache = (cacheHolder.__sbCallbackAccounts ??= new Map<string, CacheEntry>());

async function findAccount(
  callbackKey: string,
  provider: "TWILIO" | "TELESIGN",
  fresh = false,
): Promise<{ account: CallbackAccount | null; cached: boolean }> {
  // The key is 43 base64url characters; anything else can't be one and needs no lookup.
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(callbackKey)) return { account: null, cached: false };
  const cacheKey = `${provider}:${callbackKey}`;
  const hit = cache.get(cacheKey);
  if (!fresh && hit && hit.expiresAt > Date.now() && hit.account) return { account: hit.account, cached: true };
  const account: CallbackAccount | null = await db.messagingAccount
    .findFirst({
      where: { callbackKey, provider },
      select: {
        id: true,
        signatureMode: true,
        twilioAccountSid: true,
        twilioAuthToken: true,
        telesignCustomerId: true,
        telesignApiKey: true,
      },
    })
    .catch(async (error: unknown) => {
      if (!(error instanceof SecretDecryptionError)) throw error;
      const row = await db.messagingAccount.findFirst({
        where: { callbackKey, provider },
        select: { id: true, signatureMode: true, twilioAccountSid: true },
      });
      return row && { ...row, twilioAuthToken: null, telesignCustomerId: null, telesignApiKey: null, credentialsUnreadable: true };
    });
  if (cache.size > 1_000) cache.clear();
  cache.set(cacheKey, { account, expiresAt: Date.now() + CACHE_MS });
  return { account, cached: false };
}

/**
 * The account a callback key names (for this provider), or null — asked before the body is read, so a
 * request to an unknown key is answered without reading (or buffering) what it sends. Reads no secret.
 */
export async function findCallbackAccountId(callbackKey: string, provider: "TWILIO" | "TELESIGN"): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(callbackKey)) return null;
  const hit = cache.get(`${provider}:${callbackKey}`);
  if (hit && hit.expiresAt > Date.now() && hit.account) return hit.account.id;
  return (await db.messagingAccount.findFirst({ where: { callbackKey, provider }, select: { id: true } }))?.id ?? null;
}

/** After an account is deleted or its key changes: the next request reads it again. */
export function forgetCallbackAccount(callbackKey: string) {
  for (const provider of ["TWILIO", "TELESIGN"]) cache.delete(`${provider}:${callbackKey}`);
}

/**
 * In Monitor mode a failed check is accepted (and recorded); in Enforce mode it is refused. Credentials
 * that can't be decrypted are refused in both: the signature can't be checked at all, so the route
 * holds the message for a replay that verifies it once the key is fixed (lib/callbacks/hold-unverified.ts).
 */
export function decide<T>(
  account: { id: string; signatureMode: string; twilioAccountSid: string | null },
  failure: WebhookFailureReason | null,
  extra: T,
): AuthSuccess<T> | AuthFailure {
  const { id: accountId, twilioAccountSid } = account;
  if (failure === null) return { ok: true, accountId, twilioAccountSid, signatureFailure: null, ...extra };
  if (failure === "credentialsUnreadable") return { ok: false, accountId, reason: failure, monitored: false };
  if (account.signatureMode === "MONITOR") return { ok: true, accountId, twilioAccountSid, signatureFailure: failure, ...extra };
  return { ok: false, accountId: account.id, reason: failure, monitored: false };
}

/** Twilio's check of one request against an account's credentials (also run by a held message's replay). */
export function twilioCheck({ requestUrl, signature, params }: { requestUrl: string; signature: string | null; params: TwilioParams }) {
  return (account: CallbackAccount): WebhookFailureReason | null => {
    const authToken = account.twilioAuthToken;
    if (!authToken) return "missingCredentials";
    if (!signature) return "missingSignature";
    return publicRequestUrls(requestUrl).some((url) => verifyTwilioSignature({ authToken, signature, url, params }))
      ? null
      : "invalidSignature";
  };
}

/** TeleSign's check of one request against an account's credentials (also run by a held message's replay). */
export function telesignCheck({ authorization, rawBody }: { authorization: string | null; rawBody: string }) {
  return (account: CallbackAccount): WebhookFailureReason | null => {
    if (!account.telesignCustomerId || !account.telesignApiKey) return "missingCredentials";
    if (!authorization) return "missingSignature";
    return verifyTelesignCallback({ customerId: account.telesignCustomerId, apiKey: account.telesignApiKey, authorization, rawBody })
      ? null
      : "invalidSignature";
  };
}

export async function authenticateTwilioRequest({
  callbackKey,
  requestUrl,
  signature,
  rawBody,
}: {
  callbackKey: string;
  requestUrl: string;
  signature: string | null;
  rawBody: string;
}) {
  const params: TwilioParams = parseTwilioForm(rawBody);
  const result = await authenticate(callbackKey, "TWILIO", twilioCheck({ requestUrl, signature, params }), { params });
  // Signed or (in Monitor mode) not, a callback for another Twilio account is never this account's.
  if (result.ok && !isOwnTwilioAccountSid(params, result.twilioAccountSid))
    return { ok: false, accountId: result.accountId, reason: "accountSidMismatch", monitored: false } satisfies AuthFailure;
  return result;
}

export async function authenticateTelesignRequest({
  callbackKey,
  authorization,
  rawBody,
}: {
  callbackKey: string;
  authorization: string | null;
  rawBody: string;
}) {
  return authenticate(callbackKey, "TELESIGN", telesignCheck({ authorization, rawBody }), {});
}

async function authenticate<T>(
  callbackKey: string,
  provider: "TWILIO" | "TELESIGN",
  check: (account: CallbackAccount) => WebhookFailureReason | null,
  extra: T,
) {
  const first = await findAccount(callbackKey, provider);
  let account = first.account;
  const checkAccount = (found: CallbackAccount) => (found.credentialsUnreadable ? "credentialsUnreadable" : check(found));
  let failure = account ? checkAccount(account) : null;
  if (first.cached && failure !== null) {
    ({ account } = await findAccount(callbackKey, provider, true));
    failure = account ? checkAccount(account) : null;
  }
  if (!account) return { ok: false, accountId: null, reason: "unknownCallbackKey", monitored: false } satisfies AuthFailure;
  return decide(account, failure, extra);
}

// Authenticates a provider's request to an account's callback URL before anything else is read.
// Until the message flow exists, an authenticated request is acknowledged and nothing more.
import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { publicBaseUrls } from "@/lib/env/schema";
import { verifyTelesignCallback } from "@/lib/providers/telesign/client";
import { parseTwilioForm, verifyTwilioSignature } from "@/lib/providers/twilio/client";

/**
 * The URLs the provider may have called, rebuilt from the configured public base URLs (proxies
 * rewrite Host; regional URLs share the path), query included. Twilio signs the exact URL it called.
 */
export function publicRequestUrls(requestUrl: string): string[] {
  const url = new URL(requestUrl);
  return publicBaseUrls(getEnv()).map((base) => `${base}${url.pathname}${url.search}`);
}

function findAccount(callbackKey: string, provider: "TWILIO" | "TELESIGN") {
  // The key is 43 base64url characters; anything else can't be one and needs no lookup.
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(callbackKey)) return null;
  return db.messagingAccount.findFirst({
    where: { callbackKey, provider },
    select: { id: true, twilioAuthToken: true, telesignCustomerId: true, telesignApiKey: true },
  });
}

export async function authenticateTwilioRequest({ callbackKey, requestUrl, signature, rawBody }: { callbackKey: string; requestUrl: string; signature: string | null; rawBody: string }) {
  const account = await findAccount(callbackKey, "TWILIO");
  if (!account?.twilioAuthToken || !signature) return { ok: false as const };
  const params = parseTwilioForm(rawBody);
  const authToken = account.twilioAuthToken;
  const ok = publicRequestUrls(requestUrl).some((url) => verifyTwilioSignature({ authToken, signature, url, params }));
  return ok ? { ok: true as const, accountId: account.id, params } : { ok: false as const };
}

export async function authenticateTelesignRequest({ callbackKey, authorization, rawBody }: { callbackKey: string; authorization: string | null; rawBody: string }) {
  const account = await findAccount(callbackKey, "TELESIGN");
  if (!account?.telesignCustomerId || !account.telesignApiKey || !authorization) return { ok: false as const };
  const ok = verifyTelesignCallback({ customerId: account.telesignCustomerId, apiKey: account.telesignApiKey, authorization, rawBody });
  return ok ? { ok: true as const, accountId: account.id } : { ok: false as const };
}

// Looks up and re-points a number's SMS webhook in the Twilio account of its integration.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { callbackPath } from "@/lib/accounts/account-view";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { publicBaseUrls } from "@/lib/env/schema";
import { findIncomingNumber, updateIncomingNumberWebhook } from "@/lib/providers/twilio/client";

export type TwilioAccess = { accountSid: string; authToken: string; callbackKey: string };

export async function twilioAccess(accountId: string): Promise<TwilioAccess> {
  const account = await db.messagingAccount.findUnique({
    where: { id: accountId },
    select: { provider: true, twilioAccountSid: true, twilioAuthToken: true, callbackKey: true },
  });
  if (!account || account.provider !== "TWILIO") throw new ActionError("notFound", "errors.integrations.notFound");
  if (!account.twilioAccountSid || !account.twilioAuthToken) throw new ActionError("conflict", "validation.import.integrationNoSenderId");
  return { accountSid: account.twilioAccountSid, authToken: account.twilioAuthToken, callbackKey: account.callbackKey };
}

/** Every URL that reaches this account: the main public base URL and each regional one. */
export function ourCallbackUrls(callbackKey: string): string[] {
  const path = callbackPath({ provider: "TWILIO", callbackKey });
  return publicBaseUrls(getEnv()).map((base) => `${base}${path}`);
}

export function lookupTwilioNumber(access: TwilioAccess, e164: string) {
  return findIncomingNumber({
    accountSid: access.accountSid,
    authToken: access.authToken,
    phoneNumber: e164,
    baseUrl: getEnv().TWILIO_API_BASE_URL,
  });
}

export function setTwilioSmsWebhook(
  access: TwilioAccess,
  numberSid: string,
  smsUrl: string,
  smsMethod: string,
  clearSmsApplication = false,
) {
  return updateIncomingNumberWebhook({
    accountSid: access.accountSid,
    authToken: access.authToken,
    numberSid,
    smsUrl,
    smsMethod: smsMethod === "GET" ? "GET" : "POST",
    clearSmsApplication,
    baseUrl: getEnv().TWILIO_API_BASE_URL,
  });
}

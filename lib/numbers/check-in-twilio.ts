// "Check in Twilio": does the number exist in the account, can it do SMS, and where does its SMS
// webhook point? A mismatch is a warning for the admin, not a blocker.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { callbackUrl } from "@/lib/accounts/account-view";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { findIncomingNumber } from "@/lib/providers/twilio/client";

export async function checkNumberInTwilio(numberId: string) {
  const number = await db.phoneNumber.findUnique({
    where: { id: numberId },
    select: { e164: true, account: { select: { provider: true, callbackKey: true, twilioAccountSid: true, twilioAuthToken: true } } },
  });
  if (!number) throw new ActionError("notFound", "errors.numbers.notFound");
  const { account } = number;
  if (account.provider !== "TWILIO" || !account.twilioAccountSid || !account.twilioAuthToken)
    throw new ActionError("conflict", "errors.numbers.notTwilio");
  if (!number.e164) throw new ActionError("conflict", "errors.numbers.shortCodeLookup");
  const result = await findIncomingNumber({
    accountSid: account.twilioAccountSid,
    authToken: account.twilioAuthToken,
    phoneNumber: number.e164,
    baseUrl: getEnv().TWILIO_API_BASE_URL,
  });
  if (!result.ok) throw new ActionError("validation", `accounts.validation.twilio.${result.reason}`);
  if (!result.number) return { found: false as const };
  const expected = callbackUrl(account);
  return {
    found: true as const,
    smsCapable: result.number.smsCapable,
    smsUrl: result.number.smsUrl,
    smsApplicationSid: result.number.smsApplicationSid,
    pointsHere: !result.number.smsApplicationSid && result.number.smsUrl === expected,
    expectedUrl: expected,
  };
}

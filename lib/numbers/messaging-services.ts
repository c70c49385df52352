// The Twilio Messaging Services an account's number can send through (the numbers dialog's picker).
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db";
import { listMessagingServices, type TwilioMessagingService } from "@/lib/providers/twilio/messaging-services";

export async function listAccountMessagingServices(accountId: string): Promise<TwilioMessagingService[]> {
  const account = await db.messagingAccount.findUnique({
    where: { id: accountId },
    select: { provider: true, twilioAccountSid: true, twilioAuthToken: true },
  });
  if (!account) throw new ActionError("notFound", "errors.accounts.notFound");
  if (account.provider !== "TWILIO" || !account.twilioAccountSid || !account.twilioAuthToken)
    throw new ActionError("conflict", "errors.numbers.notTwilio");
  const result = await listMessagingServices({ accountSid: account.twilioAccountSid, authToken: account.twilioAuthToken });
  if (!result.ok) throw new ActionError("validation", `accounts.validation.twilio.${result.reason}`);
  return result.items.sort((a, b) => a.friendlyName.localeCompare(b.friendlyName));
}

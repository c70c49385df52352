// A signed Twilio callback must also name the account it was sent for: Twilio puts the Account SID
// that owns the number in every messaging webhook (AccountSid). A valid signature with another SID
// means the number of some other Twilio account was pointed at this callback URL (and that account
// shares the Auth Token — e.g. a copied test setup), so its messages must not land in this account.
// Switchboard keeps no subaccount SIDs: each Twilio (sub)account is its own account here, with its
// own callback URL. Pure, so it is unit-tested.
import type { TwilioParams } from "@/lib/providers/twilio/client";

/** true when the callback's AccountSid is the account's own (or the account has no SID to compare with). */
export function isOwnTwilioAccountSid(params: TwilioParams, accountSid: string | null): boolean {
  if (!accountSid) return true;
  const named = params.AccountSid;
  return typeof named === "string" && named.trim() === accountSid.trim();
}

// One provider call for a stored outbound message: Twilio or TeleSign, with the status callback URL
// naming our message id (reconciliation, decision 033), as one outcome shape for the send job.
import "server-only";
import { callbackUrl } from "@/lib/accounts/account-view";
import { getEnv } from "@/lib/env";
import { sendTelesignMessage } from "@/lib/providers/telesign/messaging";
import { sendTwilioMessage } from "@/lib/providers/twilio/messages";
import type { SendFailureKind } from "@/lib/providers/types";

export type ProviderSendOutcome =
  | { ok: true; providerMessageId: string; providerStatus: string }
  | { ok: false; errorCode: string; errorMessage: string | null; kind: SendFailureKind; retryAfterMs: number | null };

/** The query parameter of the status callback URL that names our outbound message. */
export const OUTBOUND_ID_PARAM = "sbMessageId";

/**
 * The account's callback URL with our message id in the query. Twilio signs the full URL it calls,
 * query included, so the id arrives authenticated; a status whose provider SID we never learned (the
 * send's answer was lost) is matched by it.
 */
export function statusCallbackUrl(account: { provider: string; callbackKey: string }, messageId: string): string {
  return `${callbackUrl(account)}?${new URLSearchParams({ [OUTBOUND_ID_PARAM]: messageId }).toString()}`;
}

export type SendableMessage = {
  id: string;
  body: string | null;
  contentSid: string | null;
  contentVariables: string | null;
  attachments: { publicToken: string | null }[];
  conversation: {
    customerAddress: string;
    ourAddress: string;
    number: { messagingServiceSid: string | null } | null;
    account: {
      provider: "TWILIO" | "TELESIGN";
      callbackKey: string;
      twilioAccountSid: string | null;
      twilioAuthToken: string | null;
      telesignCustomerId: string | null;
      telesignApiKey: string | null;
    };
  };
};

const missingCredentials: ProviderSendOutcome = {
  ok: false,
  errorCode: "credentials",
  errorMessage: null,
  kind: "refused",
  retryAfterMs: null,
};

export async function callProvider(message: SendableMessage): Promise<ProviderSendOutcome> {
  const { conversation } = message;
  const { account } = conversation;
  const statusCallback = statusCallbackUrl(account, message.id);
  if (account.provider === "TWILIO") {
    if (!account.twilioAccountSid || !account.twilioAuthToken) return missingCredentials;
    const template = message.contentSid
      ? { contentSid: message.contentSid, contentVariables: JSON.parse(message.contentVariables ?? "{}") as Record<string, string> }
      : null;
    const base = getEnv().PUBLIC_BASE_URL;
    const result = await sendTwilioMessage({
      accountSid: account.twilioAccountSid,
      authToken: account.twilioAuthToken,
      to: conversation.customerAddress,
      from: conversation.ourAddress,
      // A number in a Messaging Service sends through it; the status callback still names this account.
      messagingServiceSid: conversation.number?.messagingServiceSid ?? null,
      ...(template ?? { body: message.body ?? "" }),
      mediaUrls: message.attachments.map((file) => `${base}/api/media/public/${file.publicToken}`),
      statusCallback,
      timeoutMs: getEnv().PROVIDER_SEND_TIMEOUT_MS,
    });
    return result.ok
      ? { ok: true, providerMessageId: result.sid, providerStatus: result.status }
      : { ok: false, errorCode: result.errorCode, errorMessage: result.message, kind: result.kind, retryAfterMs: result.retryAfterMs };
  }
  if (!account.telesignCustomerId || !account.telesignApiKey) return missingCredentials;
  const result = await sendTelesignMessage({
    customerId: account.telesignCustomerId,
    apiKey: account.telesignApiKey,
    phoneNumber: conversation.customerAddress,
    message: message.body ?? "",
    callbackUrl: statusCallback,
    // TeleSign echoes it in its delivery reports (signed body): the reconciliation key there.
    externalId: message.id,
    // The conversation's number: without it TeleSign may pick another sender and the answer is lost.
    senderId: conversation.ourAddress,
    timeoutMs: getEnv().PROVIDER_SEND_TIMEOUT_MS,
  });
  return result.ok
    ? { ok: true, providerMessageId: result.referenceId, providerStatus: String(result.statusCode) }
    : { ok: false, errorCode: result.errorCode, errorMessage: result.message, kind: result.kind, retryAfterMs: result.retryAfterMs };
}

// Replay's signature check for a message held before its signature could be checked (the account's
// credentials couldn't be decrypted when it arrived): the same check as a live callback, with the
// credentials readable now. A message that fails it becomes a refused request and is never routed.
import "server-only";
import { db } from "@/lib/db";
import { parseTwilioForm } from "@/lib/providers/twilio/client";
import { SecretDecryptionError } from "@/lib/secrets/cipher";
import { decide, telesignCheck, twilioCheck, type CallbackAccount } from "./authenticate";
import { maskCallbackPath, saveWebhookFailure, type WebhookFailureReason } from "./failures";
import type { PendingVerification } from "./hold-unverified";

export type HeldVerification =
  | { outcome: "verified"; signatureFailure: WebhookFailureReason | null }
  | { outcome: "unreadable" }
  | { outcome: "rejected"; reason: WebhookFailureReason };

async function findCallbackAccount(accountId: string): Promise<CallbackAccount | null> {
  const select = { id: true, signatureMode: true, twilioAccountSid: true } as const;
  return db.messagingAccount
    .findUnique({ where: { id: accountId }, select: { ...select, twilioAuthToken: true, telesignCustomerId: true, telesignApiKey: true } })
    .catch(async (error: unknown) => {
      if (!(error instanceof SecretDecryptionError)) throw error;
      const row = await db.messagingAccount.findUnique({ where: { id: accountId }, select });
      return row && { ...row, twilioAuthToken: null, telesignCustomerId: null, telesignApiKey: null, credentialsUnreadable: true };
    });
}

export async function verifyHeldCallback(options: {
  accountId: string;
  provider: "TWILIO" | "TELESIGN";
  payload: string;
  pending: PendingVerification;
}): Promise<HeldVerification> {
  const { pending, payload } = options;
  const account = await findCallbackAccount(options.accountId);
  if (!account) return { outcome: "rejected", reason: "unknownCallbackKey" };
  if (account.credentialsUnreadable) return { outcome: "unreadable" };
  const check =
    options.provider === "TWILIO"
      ? twilioCheck({
          requestUrl: new URL(pending.path, "http://held.invalid").href,
          signature: pending.signature,
          params: parseTwilioForm(payload),
        })
      : telesignCheck({ authorization: pending.signature, rawBody: payload });
  const result = decide(account, check(account), {});
  return result.ok ? { outcome: "verified", signatureFailure: result.signatureFailure } : { outcome: "rejected", reason: result.reason };
}

/** The record of a replayed message whose signature failed (or, in Monitor mode, was accepted despite it). */
export function recordHeldVerificationFailure(options: {
  accountId: string;
  provider: "TWILIO" | "TELESIGN";
  outcome: "rejected" | "accepted";
  reason: WebhookFailureReason;
  path: string;
  payload: string;
}) {
  const url = new URL(options.path, "http://held.invalid");
  return saveWebhookFailure({
    accountId: options.accountId,
    provider: options.provider,
    outcome: options.outcome,
    reason: options.reason,
    path: `${maskCallbackPath(url.pathname)}${url.search}`,
    remoteAddress: null,
    userAgent: null,
    bodyExcerpt: options.payload,
  });
}

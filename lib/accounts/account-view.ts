// The public projection of a messaging account: what pages and the browser may see. Secrets are
// read only to say whether one is stored, then dropped.
import "server-only";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

export const accountViewSelect = {
  id: true,
  name: true,
  notes: true,
  channel: true,
  provider: true,
  status: true,
  isSandbox: true,
  sandboxJoinCode: true,
  twilioAccountSid: true,
  twilioAuthToken: true,
  telesignCustomerId: true,
  telesignApiKey: true,
  callbackKey: true,
  signatureMode: true,
  validationStatus: true,
  validationReason: true,
  validatedAt: true,
  providerName: true,
  providerType: true,
  providerStatus: true,
  setupCompletedAt: true,
  callbackShownAt: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { numbers: true, templates: true } },
} satisfies Prisma.MessagingAccountSelect;

type AccountRow = Prisma.MessagingAccountGetPayload<{ select: typeof accountViewSelect }>;

export function callbackPath(account: { provider: string; callbackKey: string }): string {
  return `/api/webhooks/${account.provider.toLowerCase()}/${account.callbackKey}`;
}

export function callbackUrl(account: { provider: string; callbackKey: string }): string {
  return `${getEnv().PUBLIC_BASE_URL}${callbackPath(account)}`;
}

export function toAccountView(row: AccountRow) {
  const { twilioAuthToken, telesignApiKey, callbackKey, _count, ...rest } = row;
  return {
    ...rest,
    hasSecret: Boolean(row.provider === "TWILIO" ? twilioAuthToken : telesignApiKey),
    callbackUrl: callbackUrl({ provider: row.provider, callbackKey }),
    callbackPath: callbackPath({ provider: row.provider, callbackKey }),
    numberCount: _count.numbers,
    templateCount: _count.templates,
  };
}

export type AccountView = ReturnType<typeof toAccountView>;

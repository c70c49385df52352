// The public projection of a messaging account: what pages and the browser may see. Secrets are never
// opened here: their stored (sealed) status says whether one is stored and whether the configured
// encryption keys can open it (lib/secrets/stored-secrets.ts), so a changed key shows a banner, not a 500.
import "server-only";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SecretStatus } from "@/lib/secrets/unreadable";

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
  telesignCustomerId: true,
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
} satisfies Prisma.MessagingAccountSelect;

type AccountRow = Prisma.MessagingAccountGetPayload<{ select: typeof accountViewSelect }>;

export function callbackPath(account: { provider: string; callbackKey: string }): string {
  return `/api/webhooks/${account.provider.toLowerCase()}/${account.callbackKey}`;
}

export function callbackUrl(account: { provider: string; callbackKey: string }): string {
  return `${getEnv().PUBLIC_BASE_URL}${callbackPath(account)}`;
}

/** How many numbers and templates an account has (`{ numbers: 0, templates: 0 }` when it has none). */
export type AccountCounts = { numbers: number; templates: number };

export function toAccountView(row: AccountRow, secrets: Pick<SecretStatus, "stored" | "unreadable"> | undefined, counts: AccountCounts) {
  const { callbackKey, ...rest } = row;
  const secretField = row.provider === "TWILIO" ? "twilioAuthToken" : "telesignApiKey";
  return {
    ...rest,
    /** A secret is stored and the configured keys can open it (an unreadable one has to be typed again). */
    hasSecret: Boolean(secrets?.stored.includes(secretField) && !secrets.unreadable.includes(secretField)),
    /** The stored secret can't be opened with the configured keys (APP_ENCRYPTION_KEY changed). */
    credentialsUnreadable: secrets?.unreadable.includes(secretField) ?? false,
    callbackUrl: callbackUrl({ provider: row.provider, callbackKey }),
    callbackPath: callbackPath({ provider: row.provider, callbackKey }),
    numberCount: counts.numbers,
    templateCount: counts.templates,
  };
}

export type AccountView = ReturnType<typeof toAccountView>;

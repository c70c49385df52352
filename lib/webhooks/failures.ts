// Every refused or failed callback request is kept for administrators with its reason (SPEC §6
// "Signature checking that cannot lose messages"). The callback key in the path is masked: it is what
// makes the URL unguessable, so it must not spread through the admin UI.
import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

export type WebhookFailureReason =
  | "missingSignature"
  | "invalidSignature"
  | "unknownCallbackKey"
  | "missingCredentials"
  | "credentialsUnreadable"
  | "malformedBody"
  | "processingFailed";

export type WebhookFailureOutcome = "rejected" | "accepted" | "failed";

const MAX_EXCERPT = 2000;

export function maskCallbackPath(pathname: string): string {
  return pathname.replace(/^(\/api\/webhooks\/[a-z]+\/)([^/]+)/, (_match, prefix: string, key: string) => `${prefix}${key.slice(0, 4)}…`);
}

export async function recordWebhookFailure(options: {
  accountId: string | null;
  provider: "TWILIO" | "TELESIGN";
  outcome: WebhookFailureOutcome;
  reason: WebhookFailureReason;
  request: Request;
  rawBody: string | null;
}) {
  const { request } = options;
  try {
    await db.webhookFailure.create({
      data: {
        accountId: options.accountId,
        provider: options.provider,
        outcome: options.outcome,
        reason: options.reason,
        path: maskCallbackPath(new URL(request.url).pathname) + new URL(request.url).search,
        remoteAddress: request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? request.headers.get("x-real-ip"),
        userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
        bodyExcerpt: options.rawBody === null ? null : options.rawBody.slice(0, MAX_EXCERPT),
      },
      select: { id: true },
    });
  } catch (error) {
    // Recording must never turn a 4xx into a 5xx.
    logger.error("could not record a webhook failure", { reason: options.reason, error });
  }
}

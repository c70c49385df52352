// Background provisioning of one imported number: find it in the integration's Twilio account and
// require its SMS webhook to point here, then add it to the inventory.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { classifyWebhook } from "./webhook-health";
import { lookupTwilioNumber, ourCallbackUrls, twilioAccess } from "./twilio-number-access";

type Failure = { reason: string; detail?: Record<string, unknown> };

async function fail(importId: string, { reason, detail }: Failure) {
  await db.numberImport.update({
    where: { id: importId },
    data: { status: "FAILED", failureReason: reason, failureDetail: detail ? JSON.stringify(detail) : null, completedAt: new Date() },
    select: { id: true },
  });
}

export async function runNumberImport(importId: string): Promise<void> {
  const job = await db.numberImport.findUnique({ where: { id: importId } });
  if (!job || job.status !== "RUNNING") return;
  try {
    const access = await twilioAccess(job.accountId);
    const ours = ourCallbackUrls(access.callbackKey);
    let numberSid: string | null = job.twilioNumberSid;
    let webhook: { status: string; url: string | null } = { status: "OK", url: null };

    // Short codes live in Twilio's ShortCodes resource, not IncomingPhoneNumbers: only their format
    // and compliance interactions are checked here (see docs/decisions/008).
    if (job.e164) {
      const lookup = await lookupTwilioNumber(access, job.e164);
      if (!lookup.ok) return fail(importId, { reason: `twilio.${lookup.reason}` });
      if (!lookup.number) return fail(importId, { reason: "notFoundInTwilio" });
      numberSid = lookup.number.sid;
      const status = classifyWebhook(lookup.number, ours);
      webhook = { status, url: lookup.number.smsUrl };
      if (status !== "OK") {
        await db.numberImport.update({ where: { id: importId }, data: { twilioNumberSid: numberSid }, select: { id: true } });
        return fail(importId, { reason: "webhookNotPointing", detail: { status, currentUrl: lookup.number.smsUrl, expectedUrl: ours[0] } });
      }
    }

    const number = await db.phoneNumber.create({
      data: {
        accountId: job.accountId,
        address: job.address,
        e164: job.e164,
        country: job.country,
        type: job.type,
        compliance: job.compliance,
        twilioNumberSid: numberSid,
        previousSmsUrl: job.previousSmsUrl,
        previousSmsMethod: job.previousSmsMethod,
        webhookStatus: webhook.status,
        webhookUrl: webhook.url,
        webhookCheckedAt: new Date(),
      },
      select: { id: true, account: { select: { name: true } } },
    });
    await db.numberImport.update({
      where: { id: importId },
      data: { status: "COMPLETED", numberId: number.id, completedAt: new Date() },
      select: { id: true },
    });
    const actor = job.actorId ? await db.user.findUnique({ where: { id: job.actorId }, select: { id: true, email: true } }) : null;
    await recordAudit({
      actor,
      action: "create",
      entityType: "number",
      entityId: number.id,
      entityLabel: job.address,
      details: { integration: number.account.name, imported: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return fail(importId, { reason: "provisionedElsewhere" });
    logger.error("number import failed", { importId, error });
    await fail(importId, { reason: "unexpected" });
  }
}

/**
 * Imports left RUNNING by a restart can't finish: mark them failed so they can be retried. Periodic
 * background work (lib/message-engine/jobs.ts) and the import flow call it; lists only read.
 */
export async function failStaleImports(olderThanMs = 2 * 60 * 1000) {
  await db.numberImport.updateMany({
    where: { status: "RUNNING", startedAt: { lt: new Date(Date.now() - olderThanMs) } },
    data: { status: "FAILED", failureReason: "interrupted", completedAt: new Date() },
  });
}

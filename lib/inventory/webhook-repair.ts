// "Point this number at Switchboard", Retry, Re-check and Fix: the webhook-health actions.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { launchImport } from "./start-import";
import { lookupTwilioNumber, ourCallbackUrls, setTwilioSmsWebhook, twilioAccess, type TwilioAccess } from "./twilio-number-access";
import { classifyWebhook } from "./webhook-health";

type Actor = NonNullable<AuditActor>;

async function lookupOrThrow(access: TwilioAccess, e164: string) {
  const lookup = await lookupTwilioNumber(access, e164);
  if (!lookup.ok) throw new ActionError("validation", `accounts.validation.twilio.${lookup.reason}`);
  if (!lookup.number) throw new ActionError("notFound", "validation.import.notFoundInTwilio");
  return lookup.number;
}

/** Sets the number's SMS webhook to this account's URL (POST), clearing a TwiML App that would override it. */
async function pointAtUs(access: TwilioAccess, e164: string) {
  const number = await lookupOrThrow(access, e164);
  const [url = ""] = ourCallbackUrls(access.callbackKey);
  const result = await setTwilioSmsWebhook(access, number.sid, url, "POST", Boolean(number.smsApplicationSid?.startsWith("AP")));
  if (!result.ok) throw new ActionError("validation", `accounts.validation.twilio.${result.reason}`);
  return { before: number, url };
}

export async function retryImport({ importId }: { importId: string }) {
  const job = await db.numberImport.findUnique({ where: { id: importId }, select: { id: true, address: true, status: true } });
  if (!job) throw new ActionError("notFound", "errors.imports.notFound");
  if (job.status !== "FAILED") return;
  if (await db.numberImport.findFirst({ where: { address: job.address, status: "RUNNING" }, select: { id: true } })) {
    throw new ActionError("conflict", "validation.import.alreadyInProgress");
  }
  await db.numberImport.update({
    where: { id: importId },
    data: { status: "RUNNING", failureReason: null, failureDetail: null, completedAt: null, startedAt: new Date() },
    select: { id: true },
  });
  launchImport(importId);
}

export async function pointImportAtSwitchboard({ importId, actor }: { importId: string; actor: Actor }) {
  const job = await db.numberImport.findUnique({
    where: { id: importId },
    select: { accountId: true, e164: true, address: true, previousSmsUrl: true },
  });
  if (!job?.e164) throw new ActionError("notFound", "errors.imports.notFound");
  const access = await twilioAccess(job.accountId);
  const { before, url } = await pointAtUs(access, job.e164);
  // Remember the first URL we replaced, so deleting the integration can put it back.
  if (job.previousSmsUrl === null) {
    await db.numberImport.update({
      where: { id: importId },
      data: { previousSmsUrl: before.smsUrl ?? "", previousSmsMethod: before.smsMethod ?? "POST", twilioNumberSid: before.sid },
      select: { id: true },
    });
  }
  await recordAudit({
    actor,
    action: "webhook_change",
    entityType: "number",
    entityLabel: job.address,
    details: { smsUrl: { from: before.smsUrl, to: url } },
  });
  await retryImport({ importId });
}

async function findInventoryNumber(numberId: string) {
  const number = await db.phoneNumber.findUnique({
    where: { id: numberId },
    select: { id: true, accountId: true, address: true, e164: true, previousSmsUrl: true },
  });
  if (!number) throw new ActionError("notFound", "errors.numbers.notFound");
  if (!number.e164) throw new ActionError("conflict", "errors.numbers.shortCodeLookup");
  return { ...number, e164: number.e164 };
}

export async function recheckNumberWebhook({ numberId }: { numberId: string }) {
  const number = await findInventoryNumber(numberId);
  const access = await twilioAccess(number.accountId);
  const found = await lookupOrThrow(access, number.e164);
  const status = classifyWebhook(found, ourCallbackUrls(access.callbackKey));
  await db.phoneNumber.update({
    where: { id: numberId },
    data: { webhookStatus: status, webhookUrl: found.smsUrl, webhookCheckedAt: new Date(), twilioNumberSid: found.sid },
    select: { id: true },
  });
  return { status, url: found.smsUrl };
}

export async function fixNumberWebhook({ numberId, actor }: { numberId: string; actor: Actor }) {
  const number = await findInventoryNumber(numberId);
  const access = await twilioAccess(number.accountId);
  const { before, url } = await pointAtUs(access, number.e164);
  if (number.previousSmsUrl === null) {
    await db.phoneNumber.update({
      where: { id: numberId },
      data: { previousSmsUrl: before.smsUrl ?? "", previousSmsMethod: before.smsMethod ?? "POST" },
      select: { id: true },
    });
  }
  await recordAudit({
    actor,
    action: "webhook_change",
    entityType: "number",
    entityId: numberId,
    entityLabel: number.address,
    details: { smsUrl: { from: before.smsUrl, to: url } },
  });
  return recheckNumberWebhook({ numberId });
}

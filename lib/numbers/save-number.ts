import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { parseOrThrow } from "@/lib/actions/invalid-input-error";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { NumberType } from "@/lib/generated/prisma/enums";
import { numberFormSchema, type NumberFields } from "./numbers.schema";

type Actor = NonNullable<AuditActor>;

/** Adds a number to an account, or edits one; a number belongs to one account only. */
export async function saveNumber({ fields, actor }: { fields: NumberFields; actor: Actor }) {
  const account = await db.messagingAccount.findUnique({
    where: { id: fields.accountId },
    select: { id: true, name: true, channel: true, provider: true },
  });
  if (!account) throw new ActionError("notFound", "errors.accounts.notFound");
  const input = parseOrThrow(numberFormSchema(account.channel, account.provider), fields);

  const holder = await db.phoneNumber.findUnique({
    where: { address: input.number.address },
    select: { id: true, accountId: true, account: { select: { name: true } } },
  });
  if (holder && holder.id !== input.numberId) {
    if (holder.accountId === account.id) throw new ActionError("conflict", "errors.numbers.alreadyOnAccount", { field: "value" });
    throw new ActionError("conflict", "errors.numbers.takenByAccount", { field: "value", values: { account: holder.account.name } });
  }

  const data = {
    address: input.number.address,
    e164: input.number.e164,
    country: input.number.country,
    type: input.number.type as NumberType | null,
    displayName: input.displayName,
    description: input.description,
    messagingServiceSid: input.messagingServiceSid,
    sendRatePerSecond: input.sendRatePerSecond,
  };
  if (!input.numberId) {
    const created = await db.phoneNumber.create({ data: { ...data, accountId: account.id }, select: { id: true } });
    await recordAudit({
      actor,
      action: "create",
      entityType: "number",
      entityId: created.id,
      entityLabel: data.address,
      details: { account: account.name, ...data },
    });
    return created;
  }
  const before = await db.phoneNumber.findFirst({
    where: { id: input.numberId, accountId: account.id },
    select: {
      address: true,
      type: true,
      displayName: true,
      description: true,
      country: true,
      e164: true,
      messagingServiceSid: true,
      sendRatePerSecond: true,
    },
  });
  if (!before) throw new ActionError("notFound", "errors.numbers.notFound");
  await db.phoneNumber.update({ where: { id: input.numberId }, data, select: { id: true } });
  await recordAudit({
    actor,
    action: "update",
    entityType: "number",
    entityId: input.numberId,
    entityLabel: data.address,
    details: diffChanges(before, data),
  });
  return { id: input.numberId };
}

export async function removeNumber({ numberId, actor }: { numberId: string; actor: Actor }) {
  const number = await db.phoneNumber.findUnique({
    where: { id: numberId },
    select: { id: true, address: true, accountId: true, account: { select: { name: true } } },
  });
  if (!number) throw new ActionError("notFound", "errors.numbers.notFound");
  await db.phoneNumber.delete({ where: { id: numberId }, select: { id: true } });
  await recordAudit({
    actor,
    action: "delete",
    entityType: "number",
    entityId: numberId,
    entityLabel: number.address,
    details: { account: number.account.name },
  });
  return { accountId: number.accountId };
}

// Changes to channel instances, one per wizard step, plus Finish and Remove. Every rule the forms
// check is checked again here with what the database holds now (the number may have been taken by
// another workstream since the page loaded), and every change is audited.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { parseOrThrow } from "@/lib/actions/invalid-input-error";
import type { AuditDetails, KnownKeysOnly } from "@/lib/audit/detail-labels";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { findChannelInstance, numberLabel, type ChannelInstanceView } from "./channel-instances";
import {
  FILE_TYPES_BY_CHANNEL,
  featuresStepSchema,
  type BehavioursStepInput,
  type FeaturesStepInput,
  type NumberStepInput,
} from "./channel-instances.schema";
import { firstIncompleteSection } from "./progress";

type Actor = NonNullable<AuditActor>;

const isUnique = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
const numberTaken = () => new ActionError("conflict", "errors.channelSetup.numberTaken", { field: "numberId" });
const auditLabel = (instance: ChannelInstanceView) => `${instance.number.providerFormat} · ${instance.workstream.name}`;

async function loadInstance(instanceId: string) {
  const instance = await findChannelInstance({ instanceId });
  if (!instance) throw new ActionError("notFound", "errors.channelSetup.notFound");
  return instance;
}

async function audit<T extends AuditDetails>(instance: ChannelInstanceView, actor: Actor, details: KnownKeysOnly<T>) {
  if (Object.keys(details).length === 0) return; // saved unchanged: nothing happened
  await recordAudit({
    actor,
    action: "update",
    entityType: "channelInstance",
    entityId: instance.id,
    entityLabel: auditLabel(instance),
    details,
  });
}

/** Step 1: creates the draft as soon as a usable number is chosen, or moves an instance to another number. */
export async function saveNumberStep({ input, actor }: { input: NumberStepInput; actor: Actor }) {
  const workstream = await db.workstream.findUnique({ where: { id: input.workstreamId }, select: { id: true, name: true, channel: true } });
  if (!workstream) throw new ActionError("notFound", "errors.workstreams.notFound");
  const number = await db.phoneNumber.findUnique({
    where: { id: input.numberId },
    select: {
      id: true,
      address: true,
      e164: true,
      account: { select: { name: true, channel: true, status: true } },
      channelInstance: { select: { id: true } },
    },
  });
  if (!number) throw new ActionError("notFound", "errors.channelSetup.numberNotFound", { field: "numberId" });
  if (number.account.channel !== workstream.channel)
    throw new ActionError("validation", "errors.channelSetup.numberWrongChannel", { field: "numberId" });
  if (number.channelInstance && number.channelInstance.id !== input.instanceId) throw numberTaken();
  // A draft's or deactivated account's number can't take messages; the instance's own number may stay.
  const isOwnNumber = number.channelInstance !== null && number.channelInstance.id === input.instanceId;
  if (number.account.status !== "ACTIVE" && !isOwnNumber)
    throw new ActionError("validation", "errors.channelSetup.numberAccountNotActive", { field: "numberId" });

  if (!input.instanceId) {
    try {
      const created = await db.channelInstance.create({
        // Every type the channel allows, so turning attachments on starts from the usual set.
        data: {
          workstreamId: workstream.id,
          numberId: number.id,
          allowedFileTypes: JSON.stringify(FILE_TYPES_BY_CHANNEL[workstream.channel]),
        },
        select: { id: true },
      });
      const label = numberLabel(number);
      await recordAudit({
        actor,
        action: "create",
        entityType: "channelInstance",
        entityId: created.id,
        entityLabel: `${label} · ${workstream.name}`,
        details: { workstream: workstream.name, number: label, account: number.account.name },
      });
      return created;
    } catch (error) {
      if (isUnique(error)) throw numberTaken(); // taken between the check and the insert
      throw error;
    }
  }

  const instance = await loadInstance(input.instanceId);
  if (instance.workstream.id !== workstream.id) throw new ActionError("notFound", "errors.channelSetup.notFound");
  if (instance.number.id === number.id) return { id: instance.id };
  try {
    await db.channelInstance.update({ where: { id: instance.id }, data: { numberId: number.id }, select: { id: true } });
  } catch (error) {
    if (isUnique(error)) throw numberTaken();
    throw error;
  }
  await audit(instance, actor, { number: { from: instance.number.providerFormat, to: numberLabel(number) } });
  return { id: instance.id };
}

export async function saveLanguageStep({ instanceId, defaultLocale, actor }: { instanceId: string; defaultLocale: string; actor: Actor }) {
  const instance = await loadInstance(instanceId);
  await db.channelInstance.update({ where: { id: instanceId }, data: { defaultLocale }, select: { id: true } });
  await audit(instance, actor, diffChanges({ defaultLocale: instance.state.defaultLocale }, { defaultLocale }));
}

/** Step 3. What is switched off is cleared, so the stored instance says exactly what applies. */
export async function saveBehavioursStep({ input, actor }: { input: BehavioursStepInput; actor: Actor }) {
  const instance = await loadInstance(input.instanceId);
  let hours: { id: string; name: string } | null = null;
  if (input.useOperatingHours) {
    hours = await db.operatingHours.findUnique({ where: { id: input.operatingHoursId }, select: { id: true, name: true } });
    if (!hours) throw new ActionError("notFound", "errors.channelSetup.operatingHoursNotFound", { field: "operatingHoursId" });
  }
  const data = {
    useOperatingHours: input.useOperatingHours,
    operatingHoursId: hours?.id ?? null,
    surveyEnabled: input.surveyEnabled,
    surveyMessage: input.surveyEnabled ? input.surveyMessage.trim() : null,
    surveyLink: input.surveyEnabled ? input.surveyLink : null,
  };
  await db.channelInstance.update({ where: { id: instance.id }, data, select: { id: true } });
  const { state } = instance;
  await audit(
    instance,
    actor,
    diffChanges(
      {
        useOperatingHours: state.useOperatingHours,
        operatingHours: instance.operatingHours?.name ?? null,
        surveyEnabled: state.surveyEnabled,
        surveyMessage: state.surveyMessage,
        surveyLink: state.surveyLink,
      },
      {
        useOperatingHours: data.useOperatingHours,
        operatingHours: hours?.name ?? null,
        surveyEnabled: data.surveyEnabled,
        surveyMessage: data.surveyMessage,
        surveyLink: data.surveyLink,
      },
    ),
  );
}

/** Step 4. With attachments off nobody may send; the size limit and types are kept for next time. */
export async function saveFeaturesStep({ fields, actor }: { fields: FeaturesStepInput; actor: Actor }) {
  const instance = await loadInstance(fields.instanceId);
  const input = parseOrThrow(featuresStepSchema(instance.workstream.channel), fields);
  const allowed = FILE_TYPES_BY_CHANNEL[instance.workstream.channel];
  const data = input.attachmentsEnabled
    ? {
        attachmentsEnabled: true,
        customersCanSend: input.customersCanSend,
        agentsCanSend: input.agentsCanSend,
        maxAttachmentMb: input.maxAttachmentMb,
        allowedFileTypes: allowed.filter((type) => input.allowedFileTypes.includes(type)), // channel order, no duplicates
      }
    : {
        attachmentsEnabled: false,
        customersCanSend: false,
        agentsCanSend: false,
        maxAttachmentMb: instance.state.maxAttachmentMb,
        allowedFileTypes: [...instance.state.allowedFileTypes],
      };
  await db.channelInstance.update({
    where: { id: instance.id },
    data: { ...data, allowedFileTypes: JSON.stringify(data.allowedFileTypes) },
    select: { id: true },
  });
  const { state } = instance;
  const before = {
    attachmentsEnabled: state.attachmentsEnabled,
    customersCanSend: state.customersCanSend,
    agentsCanSend: state.agentsCanSend,
    maxAttachmentMb: state.maxAttachmentMb,
    allowedFileTypes: state.allowedFileTypes,
  };
  await audit(instance, actor, diffChanges(before, data));
}

/** Finish: everything is checked again; a draft becomes ready (an instance already ready stays so). */
export async function completeSetup({ instanceId, actor }: { instanceId: string; actor: Actor }) {
  const instance = await loadInstance(instanceId);
  const account = await db.phoneNumber.findUnique({
    where: { id: instance.number.id },
    select: { account: { select: { channel: true } } },
  });
  if (account?.account.channel !== instance.workstream.channel)
    throw new ActionError("validation", "errors.channelSetup.numberWrongChannel");
  const incomplete = firstIncompleteSection(instance.state);
  if (incomplete) throw new ActionError("validation", `errors.channelSetup.incomplete.${incomplete}`);
  const wasDraft = instance.setupCompletedAt === null;
  if (wasDraft) {
    await db.channelInstance.update({ where: { id: instanceId }, data: { setupCompletedAt: new Date() }, select: { id: true } });
    await audit(instance, actor, { status: { from: "draft", to: "ready" } });
  }
  return { id: instanceId, workstreamId: instance.workstream.id, number: instance.number.providerFormat, wasDraft };
}

/** Remove: the number stops serving this workstream and becomes free; its message overrides go too. */
export async function removeChannelInstance({ instanceId, actor }: { instanceId: string; actor: Actor }) {
  const instance = await loadInstance(instanceId);
  await db.channelInstance.delete({ where: { id: instanceId }, select: { id: true } });
  await recordAudit({
    actor,
    action: "delete",
    entityType: "channelInstance",
    entityId: instanceId,
    entityLabel: auditLabel(instance),
    details: { workstream: instance.workstream.name, number: instance.number.providerFormat, account: instance.number.account.name },
  });
  return { workstreamId: instance.workstream.id, number: instance.number.providerFormat };
}

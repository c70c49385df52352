// Reads for channel instances (one number in one workstream, SPEC §2): the wizard and the
// workstream page's "Channels" section.
import "server-only";
import { callbackUrl } from "@/lib/accounts/account-view";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatForProvider, formatInternational } from "@/lib/numbers/number-format";
import { parseFileTypes, type SetupState } from "./progress";

type NumberParts = { address: string; e164: string | null; account: { channel: "SMS" | "WHATSAPP" } };

/** The number as admins know it: the provider's entry format (SMS digits only, WhatsApp +E.164). */
export function numberLabel(number: NumberParts): string {
  return formatForProvider({ channel: number.account.channel, address: number.address, e164: number.e164 });
}

export function findSetupWorkstream(workstreamId: string) {
  return db.workstream.findUnique({ where: { id: workstreamId }, select: { id: true, name: true, channel: true } });
}

/**
 * Numbers this workstream may use: those of active accounts of its channel (not drafts, not
 * deactivated) that no channel instance uses, plus, when editing, the instance's own number.
 */
export async function listNumberChoices({ channel, instanceId }: { channel: "SMS" | "WHATSAPP"; instanceId: string | null }) {
  const rows = await db.phoneNumber.findMany({
    where: {
      account: { channel },
      OR: [
        { channelInstance: { is: null }, account: { status: "ACTIVE" } },
        ...(instanceId ? [{ channelInstance: { is: { id: instanceId } } }] : []),
      ],
    },
    orderBy: [{ account: { name: "asc" } }, { address: "asc" }],
    select: {
      id: true,
      address: true,
      e164: true,
      displayName: true,
      account: { select: { id: true, name: true, channel: true, status: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    providerFormat: numberLabel(row),
    international: row.e164 ? formatInternational(row.e164) : null,
    displayName: row.displayName,
    accountName: row.account.name,
    accountStatus: row.account.status,
  }));
}
export type NumberChoice = Awaited<ReturnType<typeof listNumberChoices>>[number];

const instanceSelect = {
  id: true,
  workstreamId: true,
  defaultLocale: true,
  useOperatingHours: true,
  operatingHoursId: true,
  operatingHours: { select: { id: true, name: true } },
  surveyEnabled: true,
  surveyMessage: true,
  surveyLink: true,
  attachmentsEnabled: true,
  customersCanSend: true,
  agentsCanSend: true,
  maxAttachmentMb: true,
  allowedFileTypes: true,
  setupCompletedAt: true,
  workstream: { select: { id: true, name: true, channel: true } },
  number: {
    select: {
      id: true,
      address: true,
      e164: true,
      displayName: true,
      account: { select: { id: true, name: true, channel: true, provider: true, callbackKey: true } },
    },
  },
} satisfies Prisma.ChannelInstanceSelect;

type InstanceRow = Prisma.ChannelInstanceGetPayload<{ select: typeof instanceSelect }>;

function toView(row: InstanceRow) {
  const allowedFileTypes = parseFileTypes(row.allowedFileTypes);
  const state: SetupState = {
    channel: row.workstream.channel,
    defaultLocale: row.defaultLocale,
    useOperatingHours: row.useOperatingHours,
    operatingHoursId: row.operatingHoursId,
    surveyEnabled: row.surveyEnabled,
    surveyMessage: row.surveyMessage,
    surveyLink: row.surveyLink,
    attachmentsEnabled: row.attachmentsEnabled,
    customersCanSend: row.customersCanSend,
    agentsCanSend: row.agentsCanSend,
    maxAttachmentMb: row.maxAttachmentMb,
    allowedFileTypes,
  };
  return {
    id: row.id,
    workstream: row.workstream,
    number: {
      id: row.number.id,
      providerFormat: numberLabel(row.number),
      international: row.number.e164 ? formatInternational(row.number.e164) : null,
      displayName: row.number.displayName,
      // The account's inbound (callback) URL: admins paste it into the provider console for this number.
      account: {
        id: row.number.account.id,
        name: row.number.account.name,
        provider: row.number.account.provider,
        callbackUrl: callbackUrl(row.number.account),
      },
    },
    operatingHours: row.operatingHours,
    setupCompletedAt: row.setupCompletedAt,
    state,
  };
}
export type ChannelInstanceView = ReturnType<typeof toView>;

/** One instance; with `workstreamId`, null unless it belongs to that workstream (URLs are hand-editable). */
export async function findChannelInstance({ instanceId, workstreamId }: { instanceId: string; workstreamId?: string }) {
  const row = await db.channelInstance.findFirst({
    where: { id: instanceId, ...(workstreamId ? { workstreamId } : {}) },
    select: instanceSelect,
  });
  return row ? toView(row) : null;
}

export async function listWorkstreamChannelInstances(workstreamId: string) {
  const rows = await db.channelInstance.findMany({
    where: { workstreamId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: instanceSelect,
  });
  return rows.map(toView);
}

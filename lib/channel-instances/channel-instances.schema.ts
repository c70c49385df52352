// The channel setup wizard ("Set up SMS / Set up WhatsApp", SPEC §2): one schema per step, shared by
// the react-hook-form resolvers and the actions. No transforms, so what a form submits is exactly
// what its action parses; the server modules normalise (e.g. clear the survey when it is off).
import { z } from "zod";
import { hasMoreCharactersThan, MAX_MESSAGE_CHARACTERS } from "@/lib/messaging/sms-segments";
import { CHANNEL_LOCALES } from "@/lib/workstreams/locales";
import {
  ATTACHMENT_MB,
  FILE_TYPES_BY_CHANNEL,
  isHttpsUrl,
  SMS_FILE_TYPES,
  surveyText,
  type SetupChannel,
} from "./channel-instances.constants";

export {
  ATTACHMENT_MB,
  FILE_TYPES_BY_CHANNEL,
  isHttpsUrl,
  PROVIDER_ATTACHMENT_MB,
  SMS_FILE_TYPES,
  surveyText,
} from "./channel-instances.constants";
export type { FileType, SetupChannel } from "./channel-instances.constants";

const id = z.string().min(1).max(64);

/** Step 1. Without `instanceId` the draft is created; with it, the instance's number changes. */
export const numberStepSchema = z.object({
  workstreamId: id,
  instanceId: id.optional(),
  // An untouched radio group submits null: the same message as an empty choice.
  numberId: z.string("validation.channelSetup.numberRequired").min(1, "validation.channelSetup.numberRequired").max(64),
});
export type NumberStepInput = z.output<typeof numberStepSchema>;

export const languageStepSchema = z.object({
  instanceId: id,
  defaultLocale: z.enum(CHANNEL_LOCALES, "validation.channelSetup.localeRequired"),
});

export const behavioursStepSchema = z
  .object({
    instanceId: id,
    useOperatingHours: z.boolean(),
    operatingHoursId: z.string().max(64),
    surveyEnabled: z.boolean(),
    // Cheap bounds that stop the parse: the check below counts the message's characters.
    surveyMessage: z.string().max(10_000, { message: "validation.channelSetup.surveyTooLong", abort: true }),
    surveyLink: z.string().trim().max(2_000, { message: "validation.tooLong", abort: true }),
  })
  .superRefine((value, ctx) => {
    if (value.useOperatingHours && !value.operatingHoursId)
      ctx.addIssue({ code: "custom", path: ["operatingHoursId"], message: "validation.channelSetup.operatingHoursRequired" });
    if (!value.surveyEnabled) return;
    if (!value.surveyMessage.trim())
      ctx.addIssue({ code: "custom", path: ["surveyMessage"], message: "validation.channelSetup.surveyMessageRequired" });
    if (!value.surveyLink) ctx.addIssue({ code: "custom", path: ["surveyLink"], message: "validation.channelSetup.surveyLinkRequired" });
    else if (!isHttpsUrl(value.surveyLink))
      ctx.addIssue({ code: "custom", path: ["surveyLink"], message: "validation.channelSetup.surveyLinkHttps" });
    // The link travels in the same message, so it counts towards the providers' 1,600 characters.
    if (hasMoreCharactersThan(surveyText(value.surveyMessage, value.surveyLink), MAX_MESSAGE_CHARACTERS)) {
      ctx.addIssue({ code: "custom", path: ["surveyMessage"], message: "validation.channelSetup.surveyTooLong" });
    }
  });
export type BehavioursStepInput = z.output<typeof behavioursStepSchema>;

/** The shape of step 4; its rules depend on the channel (featuresStepSchema). */
export const featuresFieldsSchema = z.object({
  instanceId: id,
  attachmentsEnabled: z.boolean(),
  customersCanSend: z.boolean(),
  agentsCanSend: z.boolean(),
  // NaN: the field was emptied (valueAsNumber); only checked while attachments are on.
  maxAttachmentMb: z.number().or(z.nan()),
  allowedFileTypes: z.array(z.enum(SMS_FILE_TYPES, "validation.channelSetup.fileTypeNotAllowed")).max(SMS_FILE_TYPES.length),
});
export type FeaturesStepInput = z.output<typeof featuresFieldsSchema>;

export function featuresStepSchema(channel: SetupChannel) {
  const allowed: readonly string[] = FILE_TYPES_BY_CHANNEL[channel];
  return featuresFieldsSchema.superRefine((value, ctx) => {
    if (!value.attachmentsEnabled) return;
    if (!value.customersCanSend && !value.agentsCanSend)
      ctx.addIssue({ code: "custom", path: ["customersCanSend"], message: "validation.channelSetup.sendersRequired" });
    const size = value.maxAttachmentMb;
    if (!Number.isInteger(size) || size < ATTACHMENT_MB.min || size > ATTACHMENT_MB.max)
      ctx.addIssue({ code: "custom", path: ["maxAttachmentMb"], message: "validation.channelSetup.sizeRange" });
    if (value.allowedFileTypes.some((type) => !allowed.includes(type)))
      ctx.addIssue({ code: "custom", path: ["allowedFileTypes"], message: "validation.channelSetup.fileTypeNotAllowed" });
    else if (value.agentsCanSend && value.allowedFileTypes.length === 0)
      ctx.addIssue({ code: "custom", path: ["allowedFileTypes"], message: "validation.channelSetup.fileTypesRequired" });
  });
}

export const channelInstanceIdSchema = z.object({ instanceId: id });

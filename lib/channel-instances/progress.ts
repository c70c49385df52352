// How far a channel instance's setup may go: a step is complete when what is stored for it passes
// that step's own form schema. Pure, so the wizard's pages and the Finish action agree.
import { behavioursStepSchema, featuresStepSchema, languageStepSchema, type SetupChannel } from "./channel-instances.schema";
import { parseStringArray } from "@/lib/stored-json";

export type SetupState = {
  channel: SetupChannel;
  defaultLocale: string;
  useOperatingHours: boolean;
  operatingHoursId: string | null;
  surveyEnabled: boolean;
  surveyMessage: string | null;
  surveyLink: string | null;
  attachmentsEnabled: boolean;
  customersCanSend: boolean;
  agentsCanSend: boolean;
  maxAttachmentMb: number;
  allowedFileTypes: readonly string[];
};

export type SetupSection = "language" | "behaviours" | "features";

/** The first step whose stored values are not valid, or null when the instance can be finished. */
export function firstIncompleteSection(state: SetupState): SetupSection | null {
  const instanceId = "stored";
  if (!languageStepSchema.safeParse({ instanceId, defaultLocale: state.defaultLocale }).success) return "language";
  const behaviours = {
    instanceId,
    useOperatingHours: state.useOperatingHours,
    operatingHoursId: state.operatingHoursId ?? "",
    surveyEnabled: state.surveyEnabled,
    surveyMessage: state.surveyMessage ?? "",
    surveyLink: state.surveyLink ?? "",
  };
  if (!behavioursStepSchema.safeParse(behaviours).success) return "behaviours";
  const features = {
    instanceId,
    attachmentsEnabled: state.attachmentsEnabled,
    customersCanSend: state.customersCanSend,
    agentsCanSend: state.agentsCanSend,
    maxAttachmentMb: state.maxAttachmentMb,
    allowedFileTypes: state.allowedFileTypes,
  };
  if (!featuresStepSchema(state.channel).safeParse(features).success) return "features";
  return null;
}

/** Stored JSON array of file types; anything unreadable counts as none. */
export function parseFileTypes(stored: string): string[] {
  return parseStringArray(stored);
}

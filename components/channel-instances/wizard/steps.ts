// The channel setup wizard's steps, in order. The current step lives in the URL (?step=…); the draft
// instance exists from step 2 on (it is created as soon as a number is chosen).
import { defineWizard } from "@/components/common/wizard-steps";
import { firstIncompleteSection, type SetupState } from "@/lib/channel-instances/progress";

export const setupWizard = defineWizard("channelSetup.wizard", [
  { key: "number", needsDraft: false },
  { key: "language", needsDraft: true },
  { key: "behaviours", needsDraft: true },
  { key: "features", needsDraft: true },
  { key: "summary", needsDraft: true },
]);

export type SetupStep = (typeof setupWizard.steps)[number]["key"];

/** The furthest step that may open: the first one whose saved values aren't valid, else the summary. */
export function furthestSetupStep(state: SetupState | null): SetupStep {
  if (!state) return "number";
  return firstIncompleteSection(state) ?? "summary";
}

export const newSetupHref = (workstreamId: string) => `/workstreams/${workstreamId}/channels/new?step=number`;
export const setupHref = (workstreamId: string, instanceId: string, step: SetupStep) =>
  `/workstreams/${workstreamId}/channels/${instanceId}?step=${step}`;

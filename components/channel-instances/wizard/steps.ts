// The channel setup wizard's steps, in order. The current step lives in the URL (?step=…); the draft
// instance exists from step 2 on (it is created as soon as a number is chosen). No zod here: the step
// forms import this module (furthestSetupStep, which runs the step schemas, is in furthest-step.ts).
import { defineWizard } from "@/components/common/wizard-steps";

export const setupWizard = defineWizard("channelSetup.wizard", [
  { key: "number", needsDraft: false },
  { key: "language", needsDraft: true },
  { key: "behaviours", needsDraft: true },
  { key: "features", needsDraft: true },
  { key: "summary", needsDraft: true },
]);

export type SetupStep = (typeof setupWizard.steps)[number]["key"];

export const newSetupHref = (workstreamId: string) => `/workstreams/${workstreamId}/channels/new?step=number`;
export const setupHref = (workstreamId: string, instanceId: string, step: SetupStep) =>
  `/workstreams/${workstreamId}/channels/${instanceId}?step=${step}`;

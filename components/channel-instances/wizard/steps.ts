// The channel setup wizard's steps, in order. The current step lives in the URL (?step=…); the draft
// instance exists from step 2 on (it is created as soon as a number is chosen).
import type { StepMeta } from "@/components/accounts/wizard/steps";
import { firstIncompleteSection, type SetupState } from "@/lib/channel-instances/progress";

export const SETUP_STEPS = [
  { key: "number", needsDraft: false },
  { key: "language", needsDraft: true },
  { key: "behaviours", needsDraft: true },
  { key: "features", needsDraft: true },
  { key: "summary", needsDraft: true },
] as const satisfies readonly StepMeta[];

export type SetupStep = (typeof SETUP_STEPS)[number]["key"];

export function isSetupStep(value: unknown): value is SetupStep {
  return SETUP_STEPS.some((step) => step.key === value);
}

export function setupStepIndex(step: SetupStep): number {
  return SETUP_STEPS.findIndex((candidate) => candidate.key === step);
}

export function neighbourStep(step: SetupStep, offset: -1 | 1): SetupStep | undefined {
  return SETUP_STEPS[setupStepIndex(step) + offset]?.key;
}

/** The furthest step that may open: the first one whose saved values aren't valid, else the summary. */
export function furthestSetupStep(state: SetupState | null): SetupStep {
  if (!state) return "number";
  return firstIncompleteSection(state) ?? "summary";
}

export const newSetupHref = (workstreamId: string) => `/workstreams/${workstreamId}/channels/new?step=number`;
export const setupHref = (workstreamId: string, instanceId: string, step: SetupStep) =>
  `/workstreams/${workstreamId}/channels/${instanceId}?step=${step}`;

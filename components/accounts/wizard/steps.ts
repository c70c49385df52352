// The "New account" wizard's steps, in order. The current step lives in the URL (?step=…).
export type StepMeta = { key: string; needsDraft: boolean };

export const WIZARD_STEPS = [
  { key: "channel", needsDraft: false },
  { key: "account", needsDraft: false },
  { key: "numbers", needsDraft: true },
  { key: "callback", needsDraft: true },
  { key: "summary", needsDraft: true },
] as const satisfies readonly StepMeta[];

export type WizardStep = (typeof WIZARD_STEPS)[number]["key"];

export function isWizardStep(value: unknown): value is WizardStep {
  return WIZARD_STEPS.some((step) => step.key === value);
}

export function stepIndex(step: WizardStep): number {
  return WIZARD_STEPS.findIndex((candidate) => candidate.key === step);
}

/**
 * The furthest step a draft may open, which is also where it resumes (its first step not done yet):
 * numbers must exist before the callback information, which must have been passed before the summary.
 */
export function furthestAllowedStep(draft: { numberCount: number; callbackShownAt: Date | null } | null): WizardStep {
  if (!draft) return "account";
  if (draft.numberCount === 0) return "numbers";
  return draft.callbackShownAt ? "summary" : "callback";
}

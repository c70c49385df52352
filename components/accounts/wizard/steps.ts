// The "New account" wizard's steps, in order. The current step lives in the URL (?step=…).
import { defineWizard } from "@/components/common/wizard-steps";

export const accountWizard = defineWizard("accounts.wizard", [
  { key: "channel", needsDraft: false },
  { key: "account", needsDraft: false },
  { key: "numbers", needsDraft: true },
  { key: "callback", needsDraft: true },
  { key: "summary", needsDraft: true },
]);

export type WizardStep = (typeof accountWizard.steps)[number]["key"];

/**
 * The furthest step a draft may open, which is also where it resumes (its first step not done yet):
 * numbers must exist before the callback information, which must have been passed before the summary.
 */
export function furthestAllowedStep(draft: { numberCount: number; callbackShownAt: Date | null } | null): WizardStep {
  if (!draft) return "account";
  if (draft.numberCount === 0) return "numbers";
  return draft.callbackShownAt ? "summary" : "callback";
}

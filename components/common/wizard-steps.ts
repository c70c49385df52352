// A wizard's steps as data (STYLE.md "Wizards"), and what both wizards ask of them: is this a step,
// may it open yet (no skipping past the furthest step the record allows), and which step is before
// or after. The current step lives in the URL (?step=…); `namespace` holds the wizard's wording
// (steps.<key>, stepOf, progress, completed, back, next…).

export type StepMeta<Step extends string = string> = {
  key: Step;
  /** Whether the step works on a saved draft (the record exists from this step on). */
  needsDraft: boolean;
};

export type WizardNamespace = "accounts.wizard" | "channelSetup.wizard";

export type Wizard<Step extends string> = {
  namespace: WizardNamespace;
  steps: readonly StepMeta<Step>[];
  isStep: (value: unknown) => value is Step;
  indexOf: (step: Step) => number;
  /** The requested step when it may open: a known step, not past `furthest`; else null (send them to `furthest`). */
  openable: (requested: unknown, furthest: Step) => Step | null;
  /** The step before (-1) or after (+1), if there is one. */
  neighbour: (step: Step, offset: -1 | 1) => Step | undefined;
};

export function defineWizard<const Step extends string>(namespace: WizardNamespace, steps: readonly StepMeta<Step>[]): Wizard<Step> {
  const keys: readonly string[] = steps.map((step) => step.key);
  const isStep = (value: unknown): value is Step => typeof value === "string" && keys.includes(value);
  const indexOf = (step: Step) => keys.indexOf(step);
  return {
    namespace,
    steps,
    isStep,
    indexOf,
    openable: (requested, furthest) => (isStep(requested) && indexOf(requested) <= indexOf(furthest) ? requested : null),
    neighbour: (step, offset) => steps[indexOf(step) + offset]?.key,
  };
}

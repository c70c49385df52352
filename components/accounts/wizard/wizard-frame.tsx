import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { WizardFrame as SharedWizardFrame } from "@/components/common/wizard-frame";
import { WIZARD_STEPS, type WizardStep } from "./steps";

type Props = {
  current: WizardStep;
  furthest: WizardStep;
  hrefFor: (step: WizardStep) => string;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
};

/** The "New account" wizard's frame: the shared wizard frame, worded from `accounts.wizard`. */
export async function WizardFrame({ current, furthest, hrefFor, title, actions, children }: Props) {
  const t = await getTranslations("accounts.wizard");
  return (
    <SharedWizardFrame
      steps={WIZARD_STEPS}
      current={current}
      furthest={furthest}
      hrefFor={hrefFor}
      title={title}
      describe={(position) => t("stepOf", position)}
      stepLabel={(step) => t(`steps.${step}`)}
      progressLabel={t("progress")}
      completedLabel={t("completed")}
      actions={actions}
    >
      {children}
    </SharedWizardFrame>
  );
}

import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { WizardFrame } from "@/components/common/wizard-frame";
import { SETUP_STEPS, type SetupStep } from "./steps";

type Props = {
  title: string;
  workstreamName: string;
  current: SetupStep;
  furthest: SetupStep;
  hrefFor: (step: SetupStep) => string;
  actions?: ReactNode;
  children: ReactNode;
};

/** The channel setup wizard's frame: the shared wizard frame, worded from `channelSetup.wizard`. */
export async function SetupFrame({ title, workstreamName, current, furthest, hrefFor, actions, children }: Props) {
  const t = await getTranslations("channelSetup.wizard");
  return (
    <WizardFrame
      steps={SETUP_STEPS}
      current={current}
      furthest={furthest}
      hrefFor={hrefFor}
      title={title}
      // The setup wizard's line also names the workstream the channel is being added to.
      describe={(position) => t("stepOf", { workstream: workstreamName, ...position })}
      stepLabel={(step) => t(`steps.${step}`)}
      progressLabel={t("progress")}
      completedLabel={t("completed")}
      actions={actions}
    >
      {children}
    </WizardFrame>
  );
}

import { Check } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/common/page-header";
import { cn } from "@/lib/utils";
import { SETUP_STEPS, setupStepIndex, type SetupStep } from "./steps";

type Props = {
  title: string;
  workstreamName: string;
  current: SetupStep;
  furthest: SetupStep;
  hrefFor: (step: SetupStep) => string;
  actions?: ReactNode;
  children: ReactNode;
};

/** The channel setup wizard's heading and step list; reachable steps are links, so Back works from anywhere. */
export async function SetupFrame({ title, workstreamName, current, furthest, hrefFor, actions, children }: Props) {
  const t = await getTranslations("channelSetup.wizard");
  const currentIndex = setupStepIndex(current);
  return (
    <>
      <PageHeader
        title={title}
        description={t("stepOf", { workstream: workstreamName, step: currentIndex + 1, total: SETUP_STEPS.length, name: t(`steps.${current}`) })}
        actions={actions}
      />
      <div className="flex flex-col gap-8 md:flex-row">
        <nav aria-label={t("progress")} className="md:w-56 md:shrink-0">
          <ol className="flex flex-col gap-1">
            {SETUP_STEPS.map((step, index) => {
              const isDone = index < currentIndex;
              const isCurrent = step.key === current;
              const isReachable = index <= setupStepIndex(furthest) && !isCurrent;
              const content = (
                <>
                  <span
                    aria-hidden="true"
                    className={cn(
                      "flex size-6 shrink-0 items-center justify-center rounded-full border text-xs",
                      isCurrent && "border-primary bg-primary text-primary-foreground",
                      isDone && "border-primary",
                    )}
                  >
                    {isDone ? <Check className="size-3.5" /> : index + 1}
                  </span>
                  <span>{t(`steps.${step.key}`)}</span>
                  {isDone ? <span className="sr-only">{t("completed")}</span> : null}
                </>
              );
              return (
                <li key={step.key}>
                  {isReachable ? (
                    <Link href={hrefFor(step.key)} className="flex items-center gap-3 rounded-md px-2 py-1.5 text-sm hover:bg-accent">
                      {content}
                    </Link>
                  ) : (
                    <span aria-current={isCurrent ? "step" : undefined} className={cn("flex items-center gap-3 px-2 py-1.5 text-sm", isCurrent ? "font-medium" : "text-muted-foreground")}>
                      {content}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </nav>
        <section aria-labelledby="wizard-step-title" className="min-w-0 flex-1">
          <h2 id="wizard-step-title" className="mb-4 text-lg font-semibold">
            {t(`steps.${current}`)}
          </h2>
          {children}
        </section>
      </div>
    </>
  );
}

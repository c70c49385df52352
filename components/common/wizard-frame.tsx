import { Check } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/common/page-header";
import { StepHeading } from "@/components/common/step-heading";
import type { Wizard } from "@/components/common/wizard-steps";
import type { RecordCrumb } from "@/components/shell/record-crumbs";
import { cn } from "@/lib/utils";

type Props<Step extends string> = {
  wizard: Wizard<Step>;
  current: Step;
  furthest: Step;
  hrefFor: (step: Step) => string;
  title: string;
  /** More values for the header's "Step 2 of 5: …" line (the setup wizard names the workstream). */
  describeValues?: Record<string, string>;
  actions?: ReactNode;
  /** The records named in the breadcrumbs (PageHeader). */
  crumbs?: RecordCrumb[];
  children: ReactNode;
};

/**
 * A wizard's heading and step list (shared by the "New account" and channel setup wizards), worded
 * from the wizard's namespace. Steps already reachable are links, so Back works from anywhere.
 */
export async function WizardFrame<Step extends string>({
  wizard,
  current,
  furthest,
  hrefFor,
  title,
  describeValues,
  actions,
  crumbs,
  children,
}: Props<Step>) {
  const t = await getTranslations(wizard.namespace);
  const { steps, indexOf } = wizard;
  const stepLabel = (step: string) => t(`steps.${step}`);
  const currentIndex = indexOf(current);
  const furthestIndex = indexOf(furthest);
  return (
    <>
      <PageHeader
        title={title}
        description={t("stepOf", { ...describeValues, step: currentIndex + 1, total: steps.length, name: stepLabel(current) })}
        actions={actions}
        crumbs={crumbs}
      />
      <div className="flex flex-col gap-8 md:flex-row">
        <nav aria-label={t("progress")} className="md:w-56 md:shrink-0">
          <ol className="flex flex-col gap-1">
            {steps.map((step, index) => {
              const isDone = index < currentIndex;
              const isCurrent = step.key === current;
              const isReachable = index <= furthestIndex && !isCurrent;
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
                  <span>{stepLabel(step.key)}</span>
                  {/* Finished steps' only visual cue is the check mark. */}
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
                    <span
                      aria-current={isCurrent ? "step" : undefined}
                      className={cn("flex items-center gap-3 px-2 py-1.5 text-sm", isCurrent ? "font-medium" : "text-muted-foreground")}
                    >
                      {content}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </nav>
        <section aria-labelledby="wizard-step-title" className="min-w-0 flex-1">
          <StepHeading id="wizard-step-title" step={current}>
            {stepLabel(current)}
          </StepHeading>
          {children}
        </section>
      </div>
    </>
  );
}

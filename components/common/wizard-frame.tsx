import { Check } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/common/page-header";
import { StepHeading } from "@/components/common/step-heading";
import { cn } from "@/lib/utils";

type Props<Step extends string> = {
  /** The wizard's steps, in order. */
  steps: readonly { key: Step }[];
  current: Step;
  furthest: Step;
  hrefFor: (step: Step) => string;
  title: string;
  /** The header's "Step 2 of 5: …" line; each wizard words it (and adds context) in its own namespace. */
  describe: (position: { step: number; total: number; name: string }) => string;
  stepLabel: (step: Step) => string;
  /** The step list's accessible name. */
  progressLabel: string;
  /** Screen-reader suffix on finished steps, whose only visual cue is the check mark. */
  completedLabel: string;
  actions?: ReactNode;
  children: ReactNode;
};

/**
 * A wizard's heading and step list (shared by the "New account" and channel setup wizards). Steps
 * already reachable are links, so Back works from anywhere. Strings arrive translated, so this stays
 * free of any one wizard's message namespace.
 */
export function WizardFrame<Step extends string>({
  steps,
  current,
  furthest,
  hrefFor,
  title,
  describe,
  stepLabel,
  progressLabel,
  completedLabel,
  actions,
  children,
}: Props<Step>) {
  const indexOf = (step: Step) => steps.findIndex((candidate) => candidate.key === step);
  const currentIndex = indexOf(current);
  const furthestIndex = indexOf(furthest);
  return (
    <>
      <PageHeader
        title={title}
        description={describe({ step: currentIndex + 1, total: steps.length, name: stepLabel(current) })}
        actions={actions}
      />
      <div className="flex flex-col gap-8 md:flex-row">
        <nav aria-label={progressLabel} className="md:w-56 md:shrink-0">
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
                  {isDone ? <span className="sr-only">{completedLabel}</span> : null}
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

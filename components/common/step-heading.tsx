"use client";
// A wizard step's heading. Each time the step changes it takes the keyboard focus (tabIndex -1), so
// keyboard and screen-reader users start at the new step instead of the page body; a field the step
// focuses itself (autoFocus) keeps the focus.
import { useEffect, useRef, type ReactNode } from "react";

export function StepHeading({ id, step, children }: { id: string; step: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = ref.current;
    const active = document.activeElement;
    if (!heading) return;
    if (active instanceof HTMLElement && heading.parentElement?.contains(active) && active.matches("input, textarea, select")) return;
    heading.focus();
  }, [step]);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className="mb-4 text-lg font-semibold outline-none">
      {children}
    </h2>
  );
}

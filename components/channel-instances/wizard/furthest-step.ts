// The furthest setup step that may open, from the saved values (the step schemas run here, so this
// module is for the server page; steps.ts stays zod-free for the step forms).
import { firstIncompleteSection, type SetupState } from "@/lib/channel-instances/progress";
import type { SetupStep } from "./steps";

/** The furthest step that may open: the first one whose saved values aren't valid, else the summary. */
export function furthestSetupStep(state: SetupState | null): SetupStep {
  if (!state) return "number";
  return firstIncompleteSection(state) ?? "summary";
}

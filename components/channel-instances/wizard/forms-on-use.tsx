"use client";
// The channel setup steps' forms, hydrated on first use (decision 042).
import { hydrateOnUse } from "@/components/forms/hydrate-on-use";

export const BehavioursStepForm = hydrateOnUse(() => import("./behaviours-step-form").then((module) => module.BehavioursStepForm));
export const FeaturesStepForm = hydrateOnUse(() => import("./features-step-form").then((module) => module.FeaturesStepForm));
export const LanguageStepForm = hydrateOnUse(() => import("./language-step-form").then((module) => module.LanguageStepForm));
export const NumberStepForm = hydrateOnUse(() => import("./number-step-form").then((module) => module.NumberStepForm));

"use client";
// The operating hours editor, hydrated on first use (decision 042).
import { hydrateOnUse } from "@/components/forms/hydrate-on-use";

export const OperatingHoursEditor = hydrateOnUse(() => import("./operating-hours-editor").then((module) => module.OperatingHoursEditor));

"use client";
// The queue form, hydrated on first use (decision 042).
import { hydrateOnUse } from "@/components/forms/hydrate-on-use";

export const QueueForm = hydrateOnUse(() => import("./queue-form").then((module) => module.QueueForm));

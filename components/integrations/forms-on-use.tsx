"use client";
// The integration page's details form, hydrated on first use (decision 042).
import { hydrateOnUse } from "@/components/forms/hydrate-on-use";

export const IntegrationDetailsForm = hydrateOnUse(() =>
  import("./integration-details-form").then((module) => module.IntegrationDetailsForm),
);

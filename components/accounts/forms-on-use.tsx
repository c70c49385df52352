"use client";
// The account page's and the account wizard's forms, hydrated on first use (decision 042).
import { hydrateOnUse } from "@/components/forms/hydrate-on-use";

export const AccountNameForm = hydrateOnUse(() => import("./account-name-form").then((module) => module.AccountNameForm));
export const CredentialsForm = hydrateOnUse(() => import("./credentials-form").then((module) => module.CredentialsForm));
export const SignatureModeForm = hydrateOnUse(() => import("./signature-mode-form").then((module) => module.SignatureModeForm));
export const ChannelStepForm = hydrateOnUse(() => import("./wizard/channel-step-form").then((module) => module.ChannelStepForm));

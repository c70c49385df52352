// Schemas of the "Accounts and channels" forms, shared by the react-hook-form resolvers and the actions.
import { z } from "zod";
import { idSchema } from "@/lib/text-limits";
import { accountSidSchema, apiKeySchema, authTokenSchema, customerIdSchema, optionalSecretSchema } from "./credential-format";
import { keysetCursorSchema } from "@/lib/pagination/keyset";

import {
  ACCOUNT_STATUSES,
  CHANNELS,
  PROVIDERS,
  PROVIDERS_BY_CHANNEL,
  SIGNATURE_MODES,
  type Channel,
  type Provider,
} from "./accounts.constants";

export { ACCOUNT_STATUSES, CHANNELS, PROVIDERS, PROVIDERS_BY_CHANNEL, SIGNATURE_MODES } from "./accounts.constants";
export type { Channel, Provider, SignatureMode } from "./accounts.constants";
export const channelSchema = z.enum(CHANNELS, "validation.required");
export const providerSchema = z.enum(PROVIDERS, "validation.required");

export const accountNameSchema = z.string().trim().min(1, "validation.required").max(100, "validation.tooLong");

export const channelStepSchema = z.object({ name: accountNameSchema, channel: channelSchema });

const sandboxFields = {
  isSandbox: z.boolean().default(false),
  sandboxJoinCode: z
    .string()
    .trim()
    .max(60, "validation.tooLong")
    .optional()
    .transform((value) => (value ? value.replace(/^join\s+/i, "") : undefined)),
};

export const twilioDetailsSchema = z.object({
  provider: z.literal("TWILIO"),
  accountSid: accountSidSchema,
  authToken: authTokenSchema,
  ...sandboxFields,
});
export const telesignDetailsSchema = z.object({ provider: z.literal("TELESIGN"), customerId: customerIdSchema, apiKey: apiKeySchema });
export const accountDetailsSchema = z.discriminatedUnion("provider", [twilioDetailsSchema, telesignDetailsSchema]);
export type AccountDetails = z.infer<typeof accountDetailsSchema>;

// On the account page the secret is write-only: an empty field keeps the stored one.
export const accountDetailsUpdateSchema = z.discriminatedUnion("provider", [
  twilioDetailsSchema.extend({ authToken: optionalSecretSchema(authTokenSchema) }),
  telesignDetailsSchema.extend({ apiKey: optionalSecretSchema(apiKeySchema) }),
]);
export type AccountDetailsUpdate = z.infer<typeof accountDetailsUpdateSchema>;

function providerServesChannel(value: { channel: Channel; details: { provider: Provider } }, ctx: z.RefinementCtx) {
  if (!PROVIDERS_BY_CHANNEL[value.channel].includes(value.details.provider)) {
    ctx.addIssue({ code: "custom", path: ["details", "provider"], message: "validation.accounts.providerNotForChannel" });
  }
}

/** Step 2 of the wizard: the draft account is created as soon as this is valid. */
export const createDraftAccountSchema = channelStepSchema
  .extend({ details: accountDetailsSchema, skipValidation: z.boolean().default(false) })
  .superRefine(providerServesChannel);

// From the wizard (new credentials) or an existing account (an empty secret means the stored one).
export const validateCredentialsSchema = z.object({ accountId: idSchema.optional(), details: accountDetailsUpdateSchema });
export const revalidateAccountSchema = z.object({ accountId: idSchema });

export const updateAccountDetailsSchema = z.object({
  accountId: idSchema,
  details: accountDetailsUpdateSchema,
  skipValidation: z.boolean().default(false),
});

export const renameAccountSchema = z.object({ accountId: idSchema, name: accountNameSchema });
export const accountIdSchema = z.object({ accountId: idSchema });
export const setAccountActiveSchema = z.object({ accountId: idSchema, isActive: z.boolean() });

const blankToUndefined = (value: unknown) => (value === "" || value === "all" ? undefined : value);

export const accountsListSchema = z
  .object({
    q: z.string().trim().max(100).optional().catch(undefined),
    channel: z.preprocess(blankToUndefined, channelSchema.optional()).catch(undefined),
    provider: z.preprocess(blankToUndefined, providerSchema.optional()).catch(undefined),
    status: z.preprocess(blankToUndefined, z.enum(ACCOUNT_STATUSES).optional()).catch(undefined),
  })
  .extend(keysetCursorSchema.shape);
export type AccountsListFilters = z.infer<typeof accountsListSchema>;

// Enforce rejects callback requests whose signature fails; Monitor accepts them and records the failure.
export const updateSignatureModeSchema = z.object({ accountId: idSchema, signatureMode: z.enum(SIGNATURE_MODES) });

/** The credentials form (components/accounts/credentials-form.tsx): every field when creating, blank secrets kept when updating. */
export const credentialsFormSchemas = {
  create: z.object({ details: accountDetailsSchema }),
  update: z.object({ details: accountDetailsUpdateSchema }),
};

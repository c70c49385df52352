// The accounts' fixed values, without zod: client components import these, so a page that only needs a
// list of channels doesn't load zod with it (decision 036). accounts.schema.ts builds its schemas on them.
export const CHANNELS = ["SMS", "WHATSAPP"] as const;
export const PROVIDERS = ["TWILIO", "TELESIGN"] as const;
export const ACCOUNT_STATUSES = ["DRAFT", "ACTIVE", "INACTIVE"] as const;
export type Channel = (typeof CHANNELS)[number];
export type Provider = (typeof PROVIDERS)[number];

/** Which providers serve which channel (SPEC §1). */
export const PROVIDERS_BY_CHANNEL: Record<Channel, readonly Provider[]> = { SMS: ["TWILIO", "TELESIGN"], WHATSAPP: ["TWILIO"] };

// Enforce rejects callback requests whose signature fails; Monitor accepts them and records the failure.
export const SIGNATURE_MODES = ["ENFORCE", "MONITOR"] as const;
export type SignatureMode = (typeof SIGNATURE_MODES)[number];

// The Message log's vocabulary: why a message was held, why a callback request was refused, where
// a consent change came from — and which catalog entries explain each one. Pure, so client and
// server components share it.

export const HELD_REASONS = [
  "accountInactive",
  "accountDraft",
  "unknownNumber",
  "noWorkstream",
  "credentialsUnreadable",
  "routingUnavailable",
  "processingFailed",
] as const;
export type HeldReason = (typeof HELD_REASONS)[number];

export const HELD_STATUSES = ["held", "replayed", "all"] as const;
export type HeldStatus = (typeof HELD_STATUSES)[number];

export const FAILURE_OUTCOMES = ["rejected", "accepted", "failed", "notApplied"] as const;
export type FailureOutcome = (typeof FAILURE_OUTCOMES)[number];

export const FAILURE_REASONS = [
  "missingSignature",
  "invalidSignature",
  "unknownCallbackKey",
  "missingCredentials",
  "credentialsUnreadable",
  "malformedBody",
  "processingFailed",
  "bodyTooLarge",
  "accountSidMismatch",
  "unknownStatusMessage",
  "statusForOtherAccount",
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export const FAILURE_PROVIDERS = ["TWILIO", "TELESIGN"] as const;
export type FailureProvider = (typeof FAILURE_PROVIDERS)[number];

export const CONSENT_STATUSES = ["optedOut", "optedIn"] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];
/** The URL's words for the ledger's stored values. */
export const CONSENT_STATUS_VALUES = { optedOut: "OPTED_OUT", optedIn: "OPTED_IN" } as const satisfies Record<ConsentStatus, string>;

export const CONSENT_SOURCES = ["keyword", "shortCodeKeyword", "telesignUserResponse", "twilio21610"] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/** A stored hold reason we can explain, or null (an older or unknown code is shown as stored). */
export function knownHeldReason(reason: string): HeldReason | null {
  return isOneOf(HELD_REASONS, reason) ? reason : null;
}

export function knownConsentSource(source: string): ConsentSource | null {
  return isOneOf(CONSENT_SOURCES, source) ? source : null;
}

export function knownOutcome(outcome: string): FailureOutcome | null {
  return isOneOf(FAILURE_OUTCOMES, outcome) ? outcome : null;
}

export function consentStatusOf(stored: string): ConsentStatus | null {
  return stored === "OPTED_OUT" ? "optedOut" : stored === "OPTED_IN" ? "optedIn" : null;
}

// Signature and credential problems read differently per provider: Twilio signs with
// X-Twilio-Signature and the Auth Token, TeleSign with an Authorization header and the API key.
const PROVIDER_SPECIFIC_HINTS: readonly FailureReason[] = ["missingSignature", "invalidSignature", "missingCredentials", "malformedBody"];

/**
 * Catalog keys (under "messageLog.rejected.reasons") naming a refused request's reason and what to
 * check; null for a code this version doesn't know.
 */
export function failureReasonKeys(reason: string, provider: string): { label: string; hint: string } | null {
  if (!isOneOf(FAILURE_REASONS, reason)) return null;
  const hint = PROVIDER_SPECIFIC_HINTS.includes(reason)
    ? `${reason}.hint.${provider === "TELESIGN" ? "telesign" : "twilio"}`
    : `${reason}.hint.any`;
  return { label: `${reason}.label`, hint };
}

/** One line of at most `max` characters: whitespace collapsed, cut at a word where possible. */
export function excerpt(text: string | null | undefined, max = 120): string | null {
  if (!text) return null;
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

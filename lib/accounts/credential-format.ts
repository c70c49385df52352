// Format checks on provider credentials, run before any provider call (SPEC §6 "typed credential
// diagnostics"). Shared by the account forms (zodResolver) and the server actions, so an admin
// sees "that's not an Account SID" instantly instead of a generic 401 from Twilio later.
import { z } from "zod";

export type CredentialProblem = "required" | "innerSpaces" | "accountSidFormat" | "authTokenFormat" | "customerIdFormat" | "apiKeyFormat";

export type CredentialCheck = { ok: true; value: string } | { ok: false; problem: CredentialProblem };

// Consoles and password managers add more than ASCII spaces when copying: NBSP, zero-width
// spaces/joiners, word joiner and BOM. `\s` covers NBSP and BOM but not the zero-width ones.
const SPACE_CLASS = "\\s\\u200B-\\u200D\\u2060\\uFEFF";
const OUTER_SPACE = new RegExp(`^[${SPACE_CLASS}]+|[${SPACE_CLASS}]+$`, "g");
const ANY_SPACE = new RegExp(`[${SPACE_CLASS}]`);

const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
const AUTH_TOKEN = /^[0-9a-fA-F]{32}$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// Standard alphabet only: base64url's "-" and "_" are decoded differently by Node (as "+"/"/")
// and Python (dropped), so such a key would sign differently depending on the SDK.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// TeleSign issues 64-byte keys; anything under 16 bytes is a fragment or a placeholder.
const API_KEY_MIN_BYTES = 16;

/** Trims outer whitespace (incl. NBSP and zero-width characters); whitespace inside is an error. */
function normalize(raw: string, isValid: (value: string) => boolean, problem: CredentialProblem): CredentialCheck {
  const value = raw.replace(OUTER_SPACE, "");
  if (value === "") return { ok: false, problem: "required" };
  // Checked before the format: "remove the space" is a far more useful message than "wrong format".
  if (ANY_SPACE.test(value)) return { ok: false, problem: "innerSpaces" };
  return isValid(value) ? { ok: true, value } : { ok: false, problem };
}

// Values keep the case the admin typed: the token is an HMAC key and TeleSign echoes the
// customer ID in headers, so silently changing case could turn a typo into a confusing 401.
export function checkAccountSid(raw: string): CredentialCheck {
  return normalize(raw, (value) => ACCOUNT_SID.test(value), "accountSidFormat");
}

export function checkAuthToken(raw: string): CredentialCheck {
  return normalize(raw, (value) => AUTH_TOKEN.test(value), "authTokenFormat");
}

/**
 * A GUID, 8-4-4-4-12 hex in any case. One pair of surrounding braces (`{…}`, the registry/.NET
 * spelling) is accepted and removed: it is the same identifier, and TeleSign expects it bare in
 * the Authorization header. No RFC 4122 version check: TeleSign's own examples don't carry one.
 */
export function checkCustomerId(raw: string): CredentialCheck {
  const result = normalize(raw, (value) => GUID.test(unbrace(value)), "customerIdFormat");
  return result.ok ? { ok: true, value: unbrace(result.value) } : result;
}

function unbrace(value: string): string {
  return value.startsWith("{") && value.endsWith("}") ? value.slice(1, -1) : value;
}

/**
 * Strict base64: standard alphabet, length a multiple of 4, correct "=" padding, ≥ 16 bytes.
 * Non-zero trailing bits are tolerated: every decoder drops them identically, so the key is the same.
 */
export function checkApiKey(raw: string): CredentialCheck {
  return normalize(raw, (value) => BASE64.test(value) && decodedLength(value) >= API_KEY_MIN_BYTES, "apiKeyFormat");
}

function decodedLength(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

// Far above any real credential (an API key is ~90 characters), and short enough for the checks'
// whitespace patterns, whose cost grows with the square of a long run of spaces.
const MAX_CREDENTIAL_LENGTH = 1024;

/** A zod string whose output is the trimmed value; issues carry `validation.credentials.<problem>`. */
function credentialSchema(check: (raw: string) => CredentialCheck) {
  return credentialString().transform((raw, ctx) => {
    const result = check(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: `validation.credentials.${result.problem}`, input: raw });
    return z.NEVER;
  });
}

function credentialString() {
  return z.string().max(MAX_CREDENTIAL_LENGTH, { message: "validation.tooLong", abort: true });
}

export const accountSidSchema = credentialSchema(checkAccountSid);
export const authTokenSchema = credentialSchema(checkAuthToken);
export const customerIdSchema = credentialSchema(checkCustomerId);
export const apiKeySchema = credentialSchema(checkApiKey);

/**
 * Edit forms show secrets as write-only fields: left empty (or missing, or only whitespace)
 * means "keep the current secret" → `undefined`; anything typed is validated by `schema`.
 */
export function optionalSecretSchema<T extends z.ZodType<string, string>>(schema: T) {
  return credentialString()
    .optional()
    .transform((raw) => (raw === undefined || raw.replace(OUTER_SPACE, "") === "" ? undefined : raw))
    .pipe(schema.optional());
}

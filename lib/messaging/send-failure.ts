// Why a message failed, in words an agent can act on: the stored error code (the provider's, or our
// own "http-401", "timeout", "credentials"…) as a catalog key under conversations.deliveryErrors
// with its values. Pure: the browser imports it. Unit-tested next door, with the four catalogs.
import { deliveryErrorKey } from "../conversations/conversation-view";

/** `explanationKey`: a catalog key whose text fills the `explanation` value. */
export type SendFailureText = { key: string; values: Record<string, string>; explanationKey?: string };

const PROVIDER_NAMES: Record<string, string> = { TWILIO: "Twilio", TELESIGN: "TeleSign" };

/** "Twilio", "TeleSign": the provider as the agent knows it. */
export const providerName = (provider: string): string => PROVIDER_NAMES[provider] ?? provider;

// TeleSign's auth-layer codes (SMS API 100xx, Verify family −300xx; telesign-facts.md §1), Twilio's
// 20003 "Authenticate" and our own words for credentials that can't be used.
const AUTH_CODES = new Set([
  "credentials",
  "malformedApiKey",
  "20003",
  "10002",
  "10003",
  "10004",
  "10005",
  "10006",
  "10007",
  "10008",
  "10009",
  "10015",
  "10022",
  "10028",
  "-30000",
  "-30004",
  "-30005",
  "-30006",
  "-30007",
  "-30008",
  "-30009",
  "-30010",
  "-30011",
  "-30012",
  "-30015",
]);
const SUSPENDED_CODES = new Set(["10010", "-30001", "20005"]);
const RATE_LIMIT_CODES = new Set(["20429", "10019", "14107"]);

/**
 * The explanation of a failed send. Order matters: codes the catalog explains, then the kind of
 * failure (credentials, suspended, rate limit, provider down, no answer), then the provider's own
 * reason when it gave one, then the code or HTTP status alone — never a bare "http-422".
 */
export function describeSendFailure(provider: string, code: string | null, providerReason: string | null = null): SendFailureText {
  const name = providerName(provider);
  const trimmed = code?.trim() ?? "";
  const http = /^http-(\d{3})$/.exec(trimmed);
  const httpStatus = http ? Number(http[1]) : null;
  const base = "conversations.deliveryErrors";

  const known = deliveryErrorKey(provider, trimmed || null);
  if (known) return { key: `${base}.withCode`, values: { code: trimmed }, explanationKey: known };
  if (!trimmed) return { key: `${base}.generic`, values: { provider: name } };
  if (AUTH_CODES.has(trimmed) || httpStatus === 401 || httpStatus === 403)
    return { key: `${base}.credentialsRefused`, values: { provider: name } };
  if (SUSPENDED_CODES.has(trimmed)) return { key: `${base}.accountSuspended`, values: { provider: name } };
  if (RATE_LIMIT_CODES.has(trimmed) || httpStatus === 429) return { key: `${base}.rateLimited`, values: { provider: name } };
  if (trimmed === "unreachable" || (httpStatus !== null && httpStatus >= 500))
    return { key: `${base}.providerUnavailable`, values: { provider: name } };
  // The answer to the send was lost and no status report came in time (decision 033).
  if (trimmed === "noStatusReport") return { key: `${base}.noStatusReport`, values: { provider: name } };
  // No answer in time, or an answer we couldn't read: the provider may have taken the message.
  if (trimmed === "timeout" || trimmed === "unexpectedResponse") return { key: `${base}.maybeSent`, values: { provider: name } };
  const reason = providerReason?.trim().slice(0, 300);
  if (reason)
    return { key: `${base}.providerReason`, values: { provider: name, code: httpStatus === null ? trimmed : String(httpStatus), reason } };
  if (httpStatus !== null) return { key: `${base}.refusedHttp`, values: { provider: name, status: String(httpStatus) } };
  return { key: `${base}.unknownCode`, values: { provider: name, code: trimmed } };
}

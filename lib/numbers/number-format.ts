// The number rules of SPEC §1: what an admin may type for each channel and type, how it is stored
// (one unique `address` per number) and how it is shown back in the provider's own entry format.
import { isSupportedCountry, isValidPhoneNumber, parsePhoneNumberFromString } from "libphonenumber-js/max";

export const SMS_NUMBER_TYPES = {
  TWILIO: ["LONG_CODE", "SHORT_CODE", "TOLL_FREE"],
  TELESIGN: ["GEO", "SHORT_CODE", "TOLL_FREE"],
} as const;
export type SmsProvider = keyof typeof SMS_NUMBER_TYPES;
export type SmsNumberType = (typeof SMS_NUMBER_TYPES)[SmsProvider][number];

export type NumberChannel = "SMS" | "WHATSAPP";

export type NumberProblem =
  | "required"
  | "smsDigitsOnly"
  | "whatsappNeedsPlus"
  | "invalidNumber"
  | "shortCodeFormat"
  | "usShortCodeLeadingDigit"
  | "countryRequired"
  | "notTollFree"
  | "isTollFree";

export type AccountNumber = {
  /** Unique key: E.164 (`+14252306549`) or, for short codes, `<CC>:<digits>` (`US:384387`). */
  address: string;
  e164: string | null;
  country: string | null;
  type: string | null;
};

export type ParsedAccountNumber = { ok: true; number: AccountNumber } | { ok: false; problem: NumberProblem };

export type ParseAccountNumberInput = {
  channel: NumberChannel;
  type?: string;
  input: string;
  /** ISO 3166 alpha-2; needed for short codes, which are only unique within a country. */
  country?: string;
};

// Same set as the credential checks: copied text often carries NBSP or zero-width characters.
const OUTER_SPACE = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;
const DIGITS = /^\d+$/;
// US common short codes (CTIA) are 5–6 digits and never start with 0 or 1 (Google's US shortCode
// pattern [2-9]\d{3,5}). Other countries only get the generic 5–6 digit rule: libphonenumber-js
// carries no short-number metadata and their numbering plans differ.
const SHORT_CODE = /^\d{5,6}$/;
const US_SHORT_CODE = /^[2-9]\d{4,5}$/;

const TOLL_FREE_TYPE = "TOLL_FREE";
const LOCAL_TYPES: readonly string[] = ["LONG_CODE", "GEO"];

const fail = (problem: NumberProblem): ParsedAccountNumber => ({ ok: false, problem });

/**
 * Validates what an admin typed for a number of an account. The number type's membership in
 * SMS_NUMBER_TYPES is the form schema's concern; here it only selects the rules that apply.
 */
export function parseAccountNumber({ channel, type, input, country }: ParseAccountNumberInput): ParsedAccountNumber {
  const trimmed = input.replace(OUTER_SPACE, "");
  if (channel === "WHATSAPP") return parseWhatsAppNumber(trimmed);
  if (type === "SHORT_CODE") return parseShortCode(trimmed, country);
  if (trimmed === "") return fail("required");
  // Digits only, exactly as Twilio's and TeleSign's SMS number fields expect; "+", spaces and
  // dashes are refused rather than cleaned up so what is stored is what the admin sees.
  if (!DIGITS.test(trimmed)) return fail("smsDigitsOnly");
  return parseE164(`+${trimmed}`, type ?? null);
}

function parseWhatsAppNumber(trimmed: string): ParsedAccountNumber {
  // Twilio writes WhatsApp addresses as "whatsapp:+E164"; admins paste them from logs and the console.
  const value = trimmed.replace(/^whatsapp:/i, "").replace(OUTER_SPACE, "");
  if (value === "") return fail("required");
  if (!/^\+\d+$/.test(value)) return fail("whatsappNeedsPlus");
  return parseE164(value, null);
}

function parseE164(candidate: string, type: string | null): ParsedAccountNumber {
  // isValidPhoneNumber, not parsePhoneNumber: the lenient parser extracts numbers from any text.
  if (!isValidPhoneNumber(candidate)) return fail("invalidNumber");
  const phone = parsePhoneNumberFromString(candidate);
  if (!phone) return fail("invalidNumber");
  const isTollFree = phone.getType() === TOLL_FREE_TYPE;
  if (type === TOLL_FREE_TYPE && !isTollFree) return fail("notTollFree");
  if (type !== null && LOCAL_TYPES.includes(type) && isTollFree) return fail("isTollFree");
  // Non-geographic numbers (e.g. +800) have no country.
  return { ok: true, number: { address: phone.number, e164: phone.number, country: phone.country ?? null, type } };
}

function parseShortCode(trimmed: string, rawCountry: string | undefined): ParsedAccountNumber {
  if (trimmed === "") return fail("required");
  const country = rawCountry?.replace(OUTER_SPACE, "").toUpperCase() ?? "";
  if (!SHORT_CODE.test(trimmed)) return fail("shortCodeFormat");
  if (!isSupportedCountry(country)) return fail("countryRequired");
  // 5–6 digits already hold here, so the only US rule left to break is the leading 0 or 1.
  if (country === "US" && !US_SHORT_CODE.test(trimmed)) return fail("usShortCodeLeadingDigit");
  return { ok: true, number: { address: `${country}:${trimmed}`, e164: null, country, type: "SHORT_CODE" } };
}

/** The number as the provider's console and API expect it typed (SPEC §1 "number format entered"). */
export function formatForProvider({ channel, address, e164 }: { channel: NumberChannel; address: string; e164: string | null }): string {
  if (e164 === null) return address.slice(address.indexOf(":") + 1); // short code: the digits alone
  return channel === "WHATSAPP" ? e164 : e164.replace(/^\+/, "");
}

/**
 * Lists format the same numbers on every refresh (the agent dashboard every 3 seconds), and libphonenumber
 * parses each anew: ~10 µs a number, a quarter of a millisecond per page of 25. The text only depends on the
 * number, so the last FORMAT_CACHE_SIZE are kept.
 */
const FORMAT_CACHE_SIZE = 5_000;
const internationalTexts = new Map<string, string>();

/** Human-readable international form (`+1 425 230 6549`); the input itself if it doesn't parse. */
export function formatInternational(e164: string): string {
  let text = internationalTexts.get(e164);
  if (text === undefined) {
    text = parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
    // Oldest first in a Map: drop it when full, so the cache never grows past its bound.
    if (internationalTexts.size >= FORMAT_CACHE_SIZE) internationalTexts.delete(internationalTexts.keys().next().value!);
    internationalTexts.set(e164, text);
  }
  return text;
}

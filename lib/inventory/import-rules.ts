// The "Import number" checks of SPEC §4 (Genesys's import error table) that need no provider call:
// the sender ID's type, format and country, and the compliance interactions a short code must have.
// Pure: shared by the import form (zodResolver) and its action.
import { getCountryCallingCode, isSupportedCountry } from "libphonenumber-js/max";
import { z } from "zod";
import { hasMoreCharactersThan, MAX_MESSAGE_CHARACTERS } from "@/lib/messaging/sms-segments";
import { parseAccountNumber, type NumberProblem } from "@/lib/numbers/number-format";
import { MAX_CODE_UNITS_PER_CHARACTER, MAX_ID_LENGTH } from "@/lib/text-limits";

export const IMPORT_NUMBER_TYPES = ["LOCAL", "MOBILE", "TOLL_FREE", "SHORT_CODE"] as const;
export type ImportNumberType = (typeof IMPORT_NUMBER_TYPES)[number];

/** The Prisma `NumberType` each import type is stored as (a local number is a long code). */
export const STORED_NUMBER_TYPE = {
  LOCAL: "LONG_CODE",
  MOBILE: "MOBILE",
  TOLL_FREE: "TOLL_FREE",
  SHORT_CODE: "SHORT_CODE",
} as const satisfies Record<ImportNumberType, string>;
export type StoredNumberType = (typeof STORED_NUMBER_TYPE)[ImportNumberType];

export type SenderIdProblem =
  "senderIdRequired" | "senderIdFormat" | "usShortCodeLeadingDigit" | "senderIdType" | "countryRequired" | "countryMismatch";

/** Same key as number-format's AccountNumber, so one number can't sit in two accounts. */
export type ImportedNumber = { address: string; e164: string | null; country: string | null; type: StoredNumberType };

export type SenderIdCheck = { ok: true; number: ImportedNumber } | { ok: false; problem: SenderIdProblem };

/** The form field each problem belongs under. A mismatch goes under the sender ID: it is always shown. */
export const SENDER_ID_PROBLEM_FIELD: Record<SenderIdProblem, "senderId" | "country"> = {
  senderIdRequired: "senderId",
  senderIdFormat: "senderId",
  usShortCodeLeadingDigit: "senderId",
  senderIdType: "senderId",
  countryRequired: "country",
  countryMismatch: "senderId",
};

const FROM_NUMBER_PROBLEM: Record<NumberProblem, SenderIdProblem> = {
  required: "senderIdRequired",
  smsDigitsOnly: "senderIdFormat",
  whatsappNeedsPlus: "senderIdFormat",
  invalidNumber: "senderIdFormat",
  shortCodeFormat: "senderIdFormat",
  usShortCodeLeadingDigit: "usShortCodeLeadingDigit",
  countryRequired: "countryRequired",
  notTollFree: "senderIdType",
  isTollFree: "senderIdType",
};

// As in number-format: pasted values often carry NBSP or zero-width characters at the ends.
const OUTER_SPACE = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;
const E164_TEXT = /^\+\d+$/;

const fail = (problem: SenderIdProblem): SenderIdCheck => ({ ok: false, problem });

/**
 * Local, mobile and toll-free sender IDs are E.164 (`+` and digits, valid per libphonenumber, of the
 * right toll-free-ness, in `country` when one is given); short codes are 5–6 digits in a country,
 * optionally typed after that country's `+<calling code>`, which is dropped.
 */
export function checkSenderId({ type, senderId, country }: { type: ImportNumberType; senderId: string; country?: string }): SenderIdCheck {
  const typed = senderId.replace(OUTER_SPACE, "");
  const chosenCountry = country?.replace(OUTER_SPACE, "").toUpperCase() || undefined;
  if (typed === "") return fail("senderIdRequired");
  if (type === "SHORT_CODE") return checkShortCode(typed, chosenCountry);

  if (!E164_TEXT.test(typed)) return fail("senderIdFormat");
  // number-format holds the long-code rules (valid, not toll-free); a mobile number follows them too.
  const parsed = parseAccountNumber({ channel: "SMS", type: type === "TOLL_FREE" ? "TOLL_FREE" : "LONG_CODE", input: typed.slice(1) });
  if (!parsed.ok) return fail(FROM_NUMBER_PROBLEM[parsed.problem]);
  // Non-geographic numbers (+800 …) have no country, so they match no chosen country.
  if (chosenCountry !== undefined && parsed.number.country !== chosenCountry) return fail("countryMismatch");
  return { ok: true, number: { ...parsed.number, type: STORED_NUMBER_TYPE[type] } };
}

function checkShortCode(typed: string, country: string | undefined): SenderIdCheck {
  if (country === undefined || !isSupportedCountry(country)) return fail("countryRequired");
  let digits = typed;
  if (typed.startsWith("+")) {
    const afterPlus = typed.slice(1);
    if (!/^\d/.test(afterPlus)) return fail("senderIdFormat");
    const callingCode = getCountryCallingCode(country);
    if (!afterPlus.startsWith(callingCode)) return fail("countryMismatch");
    // "+1 384387" and "+1-384387" are as fine as "+1384387".
    digits = afterPlus.slice(callingCode.length).replace(/^[\s-]/, "");
    if (digits === "") return fail("senderIdFormat");
  }
  const parsed = parseAccountNumber({ channel: "SMS", type: "SHORT_CODE", input: digits, country });
  if (!parsed.ok) return fail(FROM_NUMBER_PROBLEM[parsed.problem]);
  return { ok: true, number: { ...parsed.number, type: "SHORT_CODE" } };
}

// ---- Short-code compliance interactions (Help, Opt-out, Re-opt-in) ----

export const COMPLIANCE_INTERACTIONS = ["help", "optOut", "reOptIn"] as const;
export type ComplianceInteraction = (typeof COMPLIANCE_INTERACTIONS)[number];

export const MAX_KEYWORD_LENGTH = 20;
// Letters in any script: Canadian short codes, for one, answer French keywords such as ARRÊT.
const KEYWORD = /^[\p{L}\p{N}]+$/u;

/** What the admin typed ("stop, End  quit") as unique uppercase keywords (["STOP", "END", "QUIT"]). */
export function parseKeywords(typed: string): string[] {
  return [
    ...new Set(
      typed
        .split(/[\s,]+/)
        .filter((part) => part !== "")
        .map((part) => part.toUpperCase()),
    ),
  ];
}

// Cheap bounds, checked before the keywords are split and the message's characters counted.
const interactionTextFields = {
  keywords: z.string().max(500, { message: "validation.tooLong", abort: true }),
  message: z.string().max(MAX_MESSAGE_CHARACTERS * MAX_CODE_UNITS_PER_CHARACTER, { message: "validation.tooLong", abort: true }),
};

const interactionSchema = z
  .object({ keywords: interactionTextFields.keywords.optional(), message: interactionTextFields.message.optional() })
  .optional()
  .transform((value, ctx) => {
    const keywords = parseKeywords(value?.keywords ?? "");
    if (keywords.length === 0) {
      ctx.addIssue({ code: "custom", path: ["keywords"], message: "validation.import.keywordsRequired" });
    } else if (keywords.some((keyword) => !KEYWORD.test(keyword) || Array.from(keyword).length > MAX_KEYWORD_LENGTH)) {
      ctx.addIssue({ code: "custom", path: ["keywords"], message: "validation.import.keywordFormat" });
    }
    const message = (value?.message ?? "").trim();
    if (message === "") ctx.addIssue({ code: "custom", path: ["message"], message: "validation.import.messageRequired" });
    else if (hasMoreCharactersThan(message, MAX_MESSAGE_CHARACTERS))
      ctx.addIssue({ code: "custom", path: ["message"], message: "validation.tooLong" });
    return { keywords, message };
  });

/** The three interactions, each needing at least one keyword and a reply (≤ 1,600 characters). */
export const complianceSchema = z.object({ help: interactionSchema, optOut: interactionSchema, reOptIn: interactionSchema });
export type ComplianceInput = z.input<typeof complianceSchema>;
export type Compliance = z.output<typeof complianceSchema>;

// ---- The import form and action ----

// Compliance is only checked for short codes, so the form may keep (hidden) values for other types.
const interactionFieldsSchema = z.object(interactionTextFields).partial().optional();
const complianceFieldsSchema = z
  .object({ help: interactionFieldsSchema, optOut: interactionFieldsSchema, reOptIn: interactionFieldsSchema })
  .optional();

export const importNumberSchema = z
  .object({
    accountId: z.string().min(1, "validation.required").max(MAX_ID_LENGTH),
    type: z.enum(IMPORT_NUMBER_TYPES, "validation.required"),
    senderId: z.string().max(40, "validation.tooLong"),
    country: z.string().max(2, "validation.invalid").optional(),
    compliance: complianceFieldsSchema,
  })
  .transform((fields, ctx) => {
    const checked = checkSenderId({ type: fields.type, senderId: fields.senderId, country: fields.country });
    if (!checked.ok)
      ctx.addIssue({ code: "custom", path: [SENDER_ID_PROBLEM_FIELD[checked.problem]], message: `validation.import.${checked.problem}` });

    let compliance: Compliance | null = null;
    if (fields.type === "SHORT_CODE") {
      if (fields.compliance === undefined) {
        ctx.addIssue({ code: "custom", path: ["compliance"], message: "validation.import.complianceMissing" });
      } else {
        const parsed = complianceSchema.safeParse(fields.compliance);
        if (parsed.success) compliance = parsed.data;
        for (const issue of parsed.error?.issues ?? [])
          ctx.addIssue({ code: "custom", path: ["compliance", ...issue.path], message: issue.message });
      }
    }
    if (!checked.ok || (fields.type === "SHORT_CODE" && compliance === null)) return z.NEVER;
    return { ...fields, number: checked.number, compliance };
  });
export type ImportNumberInput = z.input<typeof importNumberSchema>;
export type ImportNumber = z.output<typeof importNumberSchema>;

// Opt-out, opt-in and help keywords in inbound messages. Pure, so the inbox and its tests share it.
// A keyword only counts when it is the whole message: "stop please" is a conversation, not a request
// to unsubscribe, which is how carriers and Twilio's Advanced Opt-Out read it too.
import { z } from "zod";

export const OPT_OUT_KEYWORDS = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"] as const;
export const OPT_IN_KEYWORDS = ["START", "YES", "UNSTOP"] as const;
export const HELP_KEYWORDS = ["HELP", "INFO"] as const;

export type KeywordAction = "optOut" | "optIn" | "help";
export type KeywordMatch = { action: KeywordAction; keyword: string; source: "standard" | "shortCode"; reply: string | null };

const storedInteraction = z.object({ keywords: z.array(z.string()), message: z.string() });
// The output of complianceSchema (lib/inventory/import-rules.ts) as PhoneNumber.compliance stores it.
const storedComplianceSchema = z.object({ help: storedInteraction, optOut: storedInteraction, reOptIn: storedInteraction });

export type StoredCompliance = z.output<typeof storedComplianceSchema>;

/** Reads PhoneNumber.compliance; null for no value or anything that is not the stored shape. */
export function parseStoredCompliance(json: string | null): StoredCompliance | null {
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = storedComplianceSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// NFKC first so full-width "ＳＴＯＰ" (some phone keyboards) reads as STOP, and so an admin's stored
// "ARRÊT" matches a customer's decomposed "ARRÊT".
function normaliseKeyword(text: string): string {
  return text.normalize("NFKC").trim().toUpperCase();
}

// Opt-out is checked first: if an admin ever lists a word under two interactions, honouring the
// opt-out is the mistake that cannot hurt the customer.
const SHORT_CODE_INTERACTIONS = [
  ["optOut", "optOut"],
  ["reOptIn", "optIn"],
  ["help", "help"],
] as const satisfies readonly (readonly [keyof StoredCompliance, KeywordAction])[];

const STANDARD_KEYWORDS: ReadonlyMap<string, KeywordAction> = new Map([
  ...OPT_OUT_KEYWORDS.map((keyword) => [keyword, "optOut"] as const),
  ...OPT_IN_KEYWORDS.map((keyword) => [keyword, "optIn"] as const),
  ...HELP_KEYWORDS.map((keyword) => [keyword, "help"] as const),
]);

/**
 * The keyword the whole message is, if any. A short code's own keywords win and carry its reply;
 * the standard lists still apply to it, since carriers require STOP/HELP on every number.
 */
export function matchKeyword(body: string | null | undefined, compliance?: StoredCompliance | null): KeywordMatch | null {
  if (!body) return null;
  const text = normaliseKeyword(body);
  if (text === "") return null;

  if (compliance) {
    for (const [interaction, action] of SHORT_CODE_INTERACTIONS) {
      const { keywords, message } = compliance[interaction];
      if (keywords.some((keyword) => normaliseKeyword(keyword) === text)) {
        return { action, keyword: text, source: "shortCode", reply: message.trim() === "" ? null : message };
      }
    }
  }

  const action = STANDARD_KEYWORDS.get(text);
  return action ? { action, keyword: text, source: "standard", reply: null } : null;
}

// TeleSign does not document the values of user_response.action, so accept the spellings seen in
// its products and the obvious variants; anything else is left to the keyword match on the text.
const TELESIGN_ACTIONS: ReadonlyMap<string, KeywordAction> = new Map([
  ...["stop", "opt-out", "optout", "opt_out", "unsubscribe"].map((value) => [value, "optOut"] as const),
  ...["start", "opt-in", "optin", "opt_in", "subscribe", "unstop"].map((value) => [value, "optIn"] as const),
  ...["help", "info"].map((value) => [value, "help"] as const),
]);

/** Maps a TeleSign MO callback's `user_response.action` to a keyword action, or null. */
export function telesignUserResponseAction(value: unknown): KeywordAction | null {
  if (typeof value !== "string") return null;
  return TELESIGN_ACTIONS.get(value.trim().toLowerCase()) ?? null;
}

// Automated messages (SPEC §2): per trigger and locale, at channel level and as channel-instance
// overrides, with {AgentName} and {QueueName} placeholders. The message flow asks which text to send;
// editors ask what is wrong with a text before it is saved.
import { z } from "zod";
import { countMessageCharacters, MAX_MESSAGE_CHARACTERS } from "@/lib/messaging/sms-segments";
import { MAX_CODE_UNITS_PER_CHARACTER } from "@/lib/text-limits";

export const AUTOMATED_MESSAGE_TRIGGERS = [
  "greeting",
  "agentAssigned",
  "agentNotAssigned",
  "agentJoined",
  "agentEndedConversation",
  "customerNextInLine",
  "customerQueuePosition",
  "sessionEnded",
  "transferAccepted",
  "outOfOperatingHours",
  "holiday",
] as const;
export type AutomatedMessageTrigger = (typeof AUTOMATED_MESSAGE_TRIGGERS)[number];

export const PLACEHOLDERS = ["AgentName", "QueueName"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** `{Name}` with no braces inside; names are case-sensitive, so `{Agentname}` is unknown. */
export type PlaceholderMatch = { name: string; index: number; isKnown: boolean };

const PLACEHOLDER = /\{([^{}]*)\}/g;

export function findPlaceholders(text: string): PlaceholderMatch[] {
  return Array.from(text.matchAll(PLACEHOLDER), (match) => ({
    name: match[1] ?? "",
    index: match.index,
    isKnown: isPlaceholder(match[1] ?? ""),
  }));
}

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

export type AutomatedMessageProblem =
  | { code: "empty" }
  | { code: "tooLong"; characters: number; max: number }
  | { code: "unknownPlaceholder"; placeholder: string; index: number }
  | { code: "unbalancedBrace"; index: number };

/**
 * Braces only belong to placeholders: a stray "{" or "}" would reach the customer verbatim, so it
 * is a problem rather than literal text. Length is that of the text as written (placeholders
 * included), in user-perceived characters like the composer's counter.
 */
export function validateAutomatedMessageText(text: string): AutomatedMessageProblem[] {
  if (text.trim() === "") return [{ code: "empty" }];
  const problems: AutomatedMessageProblem[] = [];
  const characters = countMessageCharacters(text);
  if (characters > MAX_MESSAGE_CHARACTERS) problems.push({ code: "tooLong", characters, max: MAX_MESSAGE_CHARACTERS });
  for (const placeholder of findPlaceholders(text)) {
    if (!placeholder.isKnown) problems.push({ code: "unknownPlaceholder", placeholder: `{${placeholder.name}}`, index: placeholder.index });
  }
  // What is left once whole placeholders are blanked out: any brace there is unbalanced.
  const leftover = text.replace(PLACEHOLDER, (match) => " ".repeat(match.length));
  for (const match of leftover.matchAll(/[{}]/g)) problems.push({ code: "unbalancedBrace", index: match.index });
  return problems;
}

/** For editors: each problem's catalog key, `validation.automatedMessage.<code>`. Far too long a text stops at the cheap bound. */
export const automatedMessageTextSchema = z
  .string()
  .max(MAX_MESSAGE_CHARACTERS * MAX_CODE_UNITS_PER_CHARACTER, { message: "validation.automatedMessage.tooLong", abort: true })
  .superRefine((text, ctx) => {
    const codes = new Set(validateAutomatedMessageText(text).map((problem) => problem.code));
    for (const code of codes) ctx.addIssue({ code: "custom", message: `validation.automatedMessage.${code}` });
  });

/**
 * Fills the known placeholders. One without a value (no agent yet) is dropped together with the
 * space it leaves, so the customer reads "Thanks!" rather than "Thanks {AgentName}!" or "Thanks !".
 * Unknown placeholders are left as they are; validation keeps them out of saved texts.
 */
export function renderAutomatedMessage(text: string, values: PlaceholderValues): string {
  const MISSING = "\u0000"; // NUL: a marker no admin can type into a message text
  const filled = text.replace(PLACEHOLDER, (match, name: string) => (isPlaceholder(name) ? values[name]?.trim() || MISSING : match));
  // eslint-disable-next-line no-control-regex -- NUL is the marker placed just above
  return filled.replace(/ *\u0000(?: *\u0000)* */g, (gap: string, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + gap.length];
    // One space survives only between two words: not at a line's edge, not before closing punctuation.
    const atEdge = before === undefined || before === "\n" || after === undefined || /^[\s.,!?;:)\]、。，．！？：；）」』]/u.test(after);
    return !atEdge && gap.includes(" ") ? " " : "";
  });
}

export type AutomatedMessage = { trigger: AutomatedMessageTrigger; locale: string; text: string; isActive: boolean };
export type ResolvedAutomatedMessage = { text: string; source: "instance" | "channel"; locale: string };

/**
 * The message to send. Locale comes first, level second: for each locale step — the customer's exact
 * locale, then the same language and script (ja-JP → ja, ja-XX; zh-TW → zh-HK but never zh-CN), then
 * the channel instance's default locale (exact, then its language) — an active channel-instance
 * message beats an active channel message. So a Japanese customer gets the channel's Japanese text
 * rather than the instance's English one. An inactive message means "don't send this at this level":
 * it is skipped and the channel level (or the next locale) still applies. null = send nothing.
 */
export function resolveAutomatedMessage(options: {
  trigger: AutomatedMessageTrigger;
  locale: string | null;
  defaultLocale: string;
  instanceMessages: readonly AutomatedMessage[];
  channelMessages: readonly AutomatedMessage[];
}): ResolvedAutomatedMessage | null {
  const levels = [
    {
      source: "instance" as const,
      messages: options.instanceMessages.filter((message) => message.trigger === options.trigger && message.isActive),
    },
    {
      source: "channel" as const,
      messages: options.channelMessages.filter((message) => message.trigger === options.trigger && message.isActive),
    },
  ];
  const steps = [...(options.locale ? localeSteps(options.locale) : []), ...localeSteps(options.defaultLocale)];
  for (const accepts of steps) {
    for (const level of levels) {
      const message = pickByLocale(level.messages, accepts);
      if (message) return { text: message.text, source: level.source, locale: message.locale };
    }
  }
  return null;
}

type LocaleTest = { exact: string } | { language: string; script: string | undefined };

function localeSteps(locale: string): LocaleTest[] {
  const parsed = parseLocale(locale);
  return parsed ? [{ exact: parsed.tag }, { language: parsed.language, script: parsed.script }] : [];
}

/** Exact tag; otherwise the bare language ("ja") before regional variants, which keep their order. */
function pickByLocale(messages: AutomatedMessage[], test: LocaleTest): AutomatedMessage | undefined {
  const parsed = messages.map((message) => ({ message, locale: parseLocale(message.locale) }));
  if ("exact" in test) return parsed.find(({ locale }) => locale?.tag === test.exact)?.message;
  const sameLanguage = parsed.filter(({ locale }) => locale?.language === test.language && locale.script === test.script);
  return (sameLanguage.find(({ locale }) => locale?.tag === test.language) ?? sameLanguage[0])?.message;
}

/** Canonical tag plus the likely script (zh-TW → Hant), so Traditional and Simplified never mix. */
export function parseLocale(locale: string): { tag: string; language: string; script: string | undefined } | null {
  try {
    const parsed = new Intl.Locale(locale.trim().replaceAll("_", "-"));
    return { tag: parsed.toString(), language: parsed.language, script: parsed.maximize().script };
  } catch {
    return null;
  }
}

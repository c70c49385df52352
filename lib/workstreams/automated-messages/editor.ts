// Pure helpers for the automated-message list and editor (no server code: the browser imports them).
import { countSegments, type SegmentCount } from "@/lib/messaging/sms-segments";
import {
  AUTOMATED_MESSAGE_TRIGGERS,
  PLACEHOLDERS,
  renderAutomatedMessage,
  type Placeholder,
  type PlaceholderValues,
} from "@/lib/workstreams/automated-messages/message-text";

/**
 * Fixed sample values for previews. Plain GSM-7 text on purpose: the segment counter then reflects
 * only the characters the admin typed, whatever the UI language.
 */
export const PREVIEW_VALUES = { AgentName: "Alex", QueueName: "Support" } as const satisfies Required<PlaceholderValues>;

export function previewAutomatedMessage(text: string): string {
  return renderAutomatedMessage(text, PREVIEW_VALUES);
}

/**
 * Segments of the text as a customer receives it (placeholders filled with the sample values):
 * the braces of "{AgentName}" never reach the customer, yet GSM-7 would count each as two septets.
 */
export function countPreviewSegments(text: string): SegmentCount {
  return countSegments(previewAutomatedMessage(text));
}

/** The SPEC's trigger order (roughly a conversation's life), then locale code; unknown triggers last. */
export function sortAutomatedMessages<T extends { trigger: string; locale: string }>(messages: readonly T[]): T[] {
  const rank = (trigger: string) => {
    const index = (AUTOMATED_MESSAGE_TRIGGERS as readonly string[]).indexOf(trigger);
    return index === -1 ? AUTOMATED_MESSAGE_TRIGGERS.length : index;
  };
  return [...messages].sort(
    (a, b) => rank(a.trigger) - rank(b.trigger) || a.trigger.localeCompare(b.trigger) || a.locale.localeCompare(b.locale),
  );
}

/** Replaces the selection (or inserts at the caret) and says where the caret goes next. */
export function insertAtSelection(text: string, insert: string, start: number, end: number): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

/** "{Agentname}", "{ agent name }", "{agent_name}" → "AgentName": the placeholder the admin probably meant. */
export function suggestPlaceholder(name: string): Placeholder | null {
  const folded = name.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
  return PLACEHOLDERS.find((placeholder) => placeholder.toLowerCase() === folded) ?? null;
}

/** A character as it can be shown in a list: invisible ones (no-break space, zero-width joiner…) by code point. */
export function visibleCharacter(char: string): string {
  if (!/^[\p{Z}\p{C}\s]+$/u.test(char)) return char;
  return Array.from(char, (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
}

/** "Japanese (Japan)" for ja-JP in the admin's language; the code itself when the browser has no name. */
export function localeDisplayName(code: string, displayLocale: string): string {
  try {
    return (
      new Intl.DisplayNames([displayLocale, "en"], { type: "language", languageDisplay: "standard", fallback: "code" }).of(code) ?? code
    );
  } catch {
    return code; // a malformed code stored by an older version
  }
}

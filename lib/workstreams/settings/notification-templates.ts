// Agent notification templates (SPEC §2, advanced settings): the title and body of the notification an
// agent gets for each event, with placeholders filled from the conversation. The events are fixed:
//   incomingConversation — a new conversation is offered to the agent (push) or lands in one of
//                          their queues (pick);
//   transferRequest      — another agent or a supervisor transfers a conversation to the agent;
//   conversationReopened — a customer writes again in a conversation the agent had resolved.
//   customerReplied      — the customer writes in a conversation the agent holds, while the agent has
//                          another screen open (lib/conversations/notifications.ts).
// An event without a template gets the standard notification. Placeholders follow the rules of
// automated messages (lib/workstreams/automated-messages/message-text.ts): `{Name}`, case-sensitive, and every
// other brace is a mistake, because it would reach the agent verbatim.
export const NOTIFICATION_EVENTS = ["incomingConversation", "transferRequest", "conversationReopened", "customerReplied"] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const NOTIFICATION_PLACEHOLDERS = ["CustomerNumber", "QueueName", "Channel"] as const;
export type NotificationPlaceholder = (typeof NOTIFICATION_PLACEHOLDERS)[number];

export const NOTIFICATION_TITLE_MAX_CHARACTERS = 100;
export const NOTIFICATION_BODY_MAX_CHARACTERS = 500;

export type NotificationTemplate = { event: NotificationEvent; title: string; body: string };

const PLACEHOLDER = /\{([^{}]*)\}/g;

export function isNotificationEvent(value: string): value is NotificationEvent {
  return (NOTIFICATION_EVENTS as readonly string[]).includes(value);
}

function isNotificationPlaceholder(name: string): name is NotificationPlaceholder {
  return (NOTIFICATION_PLACEHOLDERS as readonly string[]).includes(name);
}

export type TemplateTextProblem =
  { code: "unknownPlaceholder"; placeholder: string; index: number } | { code: "unbalancedBrace"; index: number };

/** Placeholder problems of a title or body, in the order they appear in the text. */
export function findTemplateTextProblems(text: string): TemplateTextProblem[] {
  const problems: TemplateTextProblem[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    if (!isNotificationPlaceholder(name)) problems.push({ code: "unknownPlaceholder", placeholder: `{${name}}`, index: match.index });
  }
  // Blank out whole placeholders: any brace left has no partner.
  const leftover = text.replace(PLACEHOLDER, (match) => " ".repeat(match.length));
  for (const match of leftover.matchAll(/[{}]/g)) problems.push({ code: "unbalancedBrace", index: match.index });
  return problems.sort((a, b) => a.index - b.index);
}

/** Fills the known placeholders; one without a value becomes empty text. */
export function renderNotificationText(text: string, values: Partial<Record<NotificationPlaceholder, string>>): string {
  return text.replace(PLACEHOLDER, (match, name: string) => (isNotificationPlaceholder(name) ? (values[name] ?? "") : match));
}

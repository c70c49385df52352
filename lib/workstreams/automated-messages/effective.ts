// What each number (channel instance) of a workstream would send, per trigger (SPEC §2: "the effective
// message per number is visible"). Pure: the effective-messages view and its tests share it. It asks the
// message flow's own resolver, for a customer whose language is unknown (the number's default locale).
import {
  AUTOMATED_MESSAGE_TRIGGERS,
  resolveAutomatedMessage,
  type AutomatedMessage,
  type AutomatedMessageTrigger,
  type ResolvedAutomatedMessage,
} from "@/lib/workstreams/automated-messages/message-text";

export type StoredAutomatedMessage = { trigger: string; locale: string; text: string; isActive: boolean; channelInstanceId: string | null };

export type EffectiveMessage = {
  trigger: AutomatedMessageTrigger;
  /** null = nothing is sent for this trigger on this number. */
  resolved: ResolvedAutomatedMessage | null;
  /**
   * The number has a message of its own that would be sent here if it were active: the view says
   * why the channel's message (or none) goes out instead.
   */
  hasInactiveOverride: boolean;
};

function isTrigger(trigger: string): trigger is AutomatedMessageTrigger {
  return (AUTOMATED_MESSAGE_TRIGGERS as readonly string[]).includes(trigger);
}

/** Stored rows of unknown triggers (written by an older version) can't be sent, so they are left out. */
function known(messages: readonly StoredAutomatedMessage[]): AutomatedMessage[] {
  return messages.flatMap(({ trigger, locale, text, isActive }) => (isTrigger(trigger) ? [{ trigger, locale, text, isActive }] : []));
}

/** One entry per trigger, in the SPEC's order, for a customer writing in the number's default locale. */
export function effectiveMessagesFor({
  defaultLocale,
  channelMessages,
  instanceMessages,
}: {
  defaultLocale: string;
  channelMessages: readonly StoredAutomatedMessage[];
  instanceMessages: readonly StoredAutomatedMessage[];
}): EffectiveMessage[] {
  const channel = known(channelMessages);
  const instance = known(instanceMessages);
  const allInstanceActive = instance.map((message) => ({ ...message, isActive: true }));
  return AUTOMATED_MESSAGE_TRIGGERS.map((trigger) => {
    const resolved = resolveAutomatedMessage({
      trigger,
      locale: null,
      defaultLocale,
      instanceMessages: instance,
      channelMessages: channel,
    });
    const ifActive =
      resolved?.source === "instance"
        ? resolved
        : resolveAutomatedMessage({ trigger, locale: null, defaultLocale, instanceMessages: allInstanceActive, channelMessages: channel });
    return { trigger, resolved, hasInactiveOverride: resolved?.source !== "instance" && ifActive?.source === "instance" };
  });
}

/** Splits a workstream's messages (every level) into the channel's and one number's. */
export function messagesOfLevel<T extends { channelInstanceId: string | null }>(
  messages: readonly T[],
  channelInstanceId: string | null,
): T[] {
  return messages.filter((message) => message.channelInstanceId === channelInstanceId);
}

/** The page where one number's own messages (overrides) are managed. */
export function instanceMessagesHref(workstreamId: string, channelInstanceId: string): string {
  return `/workstreams/${encodeURIComponent(workstreamId)}/channels/${encodeURIComponent(channelInstanceId)}/messages`;
}

"use client";
// Wording shared by the dashboard and the conversation screen: the WhatsApp window's countdown and
// what a failed delivery means.
import { useTranslations } from "next-intl";
import { windowCountdown } from "@/lib/conversations/conversation-view";
import { describeSendFailure } from "@/lib/messaging/send-failure";

/** "23 h 10 min left", "Window closed — templates only". */
export function useWindowText() {
  const t = useTranslations("conversations.window");
  return (remainingMs: number): string => {
    const countdown = windowCountdown(remainingMs);
    switch (countdown.kind) {
      case "closed":
        return t("closed");
      case "underMinute":
        return t("underMinute");
      case "minutes":
        return t("minutes", { minutes: countdown.minutes });
      case "hours":
        return t("hours", { hours: countdown.hours, minutes: countdown.minutes });
    }
  };
}

/**
 * "Error 21610: the customer unsubscribed …", "Twilio refused the account's credentials — …": what
 * happened and what to do (lib/messaging/send-failure.ts), never a bare "http-401".
 */
export function useDeliveryErrorText() {
  const t = useTranslations();
  return (provider: string, code: string | null, providerReason: string | null = null): string => {
    const text = describeSendFailure(provider, code, providerReason);
    const values = text.explanationKey ? { ...text.values, explanation: t(text.explanationKey) } : text.values;
    return t(text.key, values);
  };
}

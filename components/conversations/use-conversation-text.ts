"use client";
// Wording shared by the dashboard and the conversation screen: the WhatsApp window's countdown and
// what a failed delivery means.
import { useTranslations } from "next-intl";
import { deliveryErrorKey, windowCountdown } from "@/lib/messaging/conversation-view";

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

/** "Error 21610: the customer unsubscribed …"; "Error 12345" for codes without an explanation. */
export function useDeliveryErrorText() {
  const t = useTranslations();
  return (provider: string, code: string | null): string => {
    const key = deliveryErrorKey(provider, code);
    if (key && code) return t("conversations.deliveryErrors.withCode", { code, explanation: t(key) });
    if (code) return t("conversations.deliveryErrors.unknownCode", { code });
    return t("conversations.deliveryErrors.generic");
  };
}

// WhatsApp's customer-service window: a business may send free-form messages only within 24 hours
// of the customer's latest message; outside it, only approved templates. Pure, so it is unit-tested.

export const WHATSAPP_WINDOW_MS = 24 * 60 * 60 * 1000;

export type WhatsappWindow = { isOpen: boolean; closesAt: Date | null; remainingMs: number };

/**
 * The window as of `now`, from the customer's LATEST inbound message. Our own replies never extend
 * it. Plain millisecond arithmetic: the window is 24 elapsed hours, so time zones and DST play no part.
 * It is closed at exactly 24 h, matching Meta's "within 24 hours".
 */
export function whatsappWindow(lastInboundAt: Date | null, now: Date): WhatsappWindow {
  if (!lastInboundAt || Number.isNaN(lastInboundAt.getTime())) return { isOpen: false, closesAt: null, remainingMs: 0 };
  const closesAt = new Date(lastInboundAt.getTime() + WHATSAPP_WINDOW_MS);
  const remainingMs = Math.max(0, closesAt.getTime() - now.getTime());
  return { isOpen: remainingMs > 0, closesAt, remainingMs };
}

// The job engine's order keys for the message flow (decision 017). Events of one conversation — the
// same account, our number and customer — run one at a time in arrival order; other conversations run
// in parallel. A conversation's sends have a key of their own, so a slow provider only ever delays that
// conversation's next send; a Twilio status callback names both numbers and takes the send key, so it
// can never overtake the send that created its message.
import type { ParsedCallback } from "./inbound-parse";

/** "whatsapp:+1…", "+1…" and TeleSign's "1…" name the same party. */
function party(address: string | null): string {
  if (!address) return "-";
  const bare = address.replace(/^whatsapp:/i, "").trim();
  return /^\+?\d{8,15}$/.test(bare) ? `+${bare.replace(/^\+/, "")}` : bare.toLowerCase();
}

export function conversationOrderKey(options: { accountId: string; ourAddress: string | null; customerAddress: string }): string {
  return `conversation:${options.accountId}:${party(options.ourAddress)}:${party(options.customerAddress)}`;
}

export function sendOrderKey(options: { accountId: string; ourAddress: string; customerAddress: string }): string {
  return `send:${options.accountId}:${party(options.ourAddress)}:${party(options.customerAddress)}`;
}

/**
 * A stored callback's key: a customer's message by its conversation; a status by its conversation's
 * sends when the callback names both numbers (Twilio), else none — statuses never go backwards, so
 * their own order doesn't matter, and one that outran its send waits for it (process-event.ts).
 */
export function inboundOrderKey(accountId: string, parsed: ParsedCallback): string | undefined {
  if (parsed.kind === "message")
    return conversationOrderKey({ accountId, ourAddress: parsed.message.to, customerAddress: parsed.message.from });
  if (parsed.kind === "status" && parsed.update.ourAddress && parsed.update.customerAddress)
    return sendOrderKey({ accountId, ourAddress: parsed.update.ourAddress, customerAddress: parsed.update.customerAddress });
  return undefined;
}

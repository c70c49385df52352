// The job engine's order keys for the message flow: one conversation's events share a key however the
// provider writes the numbers, and a Twilio status takes the key of its conversation's sends.
import { describe, expect, it } from "vitest";
import { parseTelesignCallback, parseTwilioCallback } from "./inbound-parse";
import { conversationOrderKey, inboundOrderKey, sendOrderKey } from "./order-keys";

describe("order keys", () => {
  it("gives one conversation's messages one key whatever the number format, and other customers or numbers another", () => {
    const key = conversationOrderKey({ accountId: "a1", ourAddress: "whatsapp:+15550001111", customerAddress: "whatsapp:+14445550100" });
    expect(conversationOrderKey({ accountId: "a1", ourAddress: "+15550001111", customerAddress: "14445550100" })).toBe(key);
    expect(conversationOrderKey({ accountId: "a1", ourAddress: "+15550001111", customerAddress: "+14445550101" })).not.toBe(key);
    expect(conversationOrderKey({ accountId: "a1", ourAddress: "+15550002222", customerAddress: "+14445550100" })).not.toBe(key);
    expect(conversationOrderKey({ accountId: "a2", ourAddress: "+15550001111", customerAddress: "+14445550100" })).not.toBe(key);
  });

  it("keys a Twilio status behind the sends of the conversation it reports on", () => {
    const status = parseTwilioCallback({ MessageSid: "SM1", MessageStatus: "delivered", From: "+15550001111", To: "+14445550100" });
    expect(inboundOrderKey("a1", status)).toBe(
      sendOrderKey({ accountId: "a1", ourAddress: "+15550001111", customerAddress: "+14445550100" }),
    );
    const message = parseTwilioCallback({ MessageSid: "SM2", From: "+14445550100", To: "+15550001111", Body: "hi" });
    expect(inboundOrderKey("a1", message)).toBe(
      conversationOrderKey({ accountId: "a1", ourAddress: "+15550001111", customerAddress: "+14445550100" }),
    );
  });

  it("leaves a status without numbers (TeleSign delivery report) without a key", () => {
    const report = parseTelesignCallback(JSON.stringify({ reference_id: "R1", status: { code: 200, description: "Delivered" } }));
    if (!report) throw new Error("expected a delivery report");
    expect(inboundOrderKey("a1", report)).toBeUndefined();
  });
});

// Every real provider payload in test-data/reference/payloads parses into the right shape.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTwilioForm } from "@/lib/providers/twilio/client";
import { bareAddress, parseTelesignCallback, parseTwilioCallback } from "./inbound-parse";

const payload = (name: string) => readFileSync(path.resolve(process.cwd(), "test-data/reference/payloads", name), "utf8");
const twilio = (name: string) => parseTwilioCallback(parseTwilioForm(payload(`${name}.form`)));

describe("parseTwilioCallback", () => {
  it("reads an inbound SMS", () => {
    const parsed = twilio("twilio-sms-inbound");
    expect(parsed.kind).toBe("message");
    if (parsed.kind !== "message") return;
    expect(parsed.message.channel).toBe("SMS");
    expect(parsed.message.to).toMatch(/^\+\d+$/);
    expect(parsed.dedupeKey).toBe(parsed.message.providerMessageId);
  });

  it("reads an MMS with two media references in order", () => {
    const parsed = twilio("twilio-mms-inbound-2-media");
    if (parsed.kind !== "message") throw new Error("expected a message");
    // This capture (a test fixture) has relative names where Twilio sends api.twilio.com URLs.
    expect(parsed.message.media.map((media) => media.url)).toEqual(["cat.jpg", "dog.jpg"]);
  });

  it("reads a WhatsApp image with no body", () => {
    const parsed = twilio("twilio-whatsapp-inbound-image");
    if (parsed.kind !== "message") throw new Error("expected a message");
    expect(parsed.message).toMatchObject({ channel: "WHATSAPP", body: "", from: "whatsapp:+31612345678", to: "whatsapp:+14123456789" });
    expect(parsed.message.media).toEqual([{ url: expect.stringContaining("/Media/ME5f0afa"), contentType: "image/jpeg" }]);
  });

  it("keeps a WhatsApp location's coordinates, label and address (the real capture has no Body)", () => {
    const parsed = twilio("twilio-whatsapp-inbound-location");
    if (parsed.kind !== "message") throw new Error("expected a message");
    expect(parsed.message.body).toBe("");
    expect(parsed.message.content).toEqual({
      type: null,
      location: {
        latitude: 52.303897857666016,
        longitude: 4.750025749206543,
        label: "Microsoft",
        address: "Evert van de Beekstraat 354, Schiphol, North Holland 1118 CZ",
      },
      button: null,
      listReply: null,
      referral: null,
    });
  });

  it("keeps button and list replies, the ad a customer came from, and names unknown kinds", () => {
    const base = { MessageSid: "SM1", From: "whatsapp:+31612345678", To: "whatsapp:+14123456789", Body: "" };
    const content = (extra: Record<string, string>) => {
      const parsed = parseTwilioCallback({ ...base, ...extra });
      return parsed.kind === "message" ? parsed.message.content : undefined;
    };
    expect(content({ MessageType: "button", ButtonText: "Yes, reschedule", ButtonPayload: "reschedule-yes" })).toMatchObject({
      type: "button",
      button: { text: "Yes, reschedule", payload: "reschedule-yes" },
    });
    expect(content({ MessageType: "interactive", ListId: "slot-2", ListTitle: "Tuesday 10:00" })).toMatchObject({
      listReply: { id: "slot-2", title: "Tuesday 10:00", description: null },
    });
    expect(
      content({ ReferralHeadline: "Spring sale", ReferralBody: "20% off", ReferralSourceType: "ad", ReferralSourceUrl: "https://fb.me/x" }),
    ).toMatchObject({
      referral: { headline: "Spring sale", body: "20% off", sourceType: "ad", sourceUrl: "https://fb.me/x" },
    });
    expect(content({ MessageType: "reaction" })).toMatchObject({ type: "reaction", location: null, button: null });
    expect(content({ MessageType: "text", Body: "hi" })).toBeNull();
    // Out-of-range or non-numeric coordinates are not a location.
    expect(content({ Latitude: "91", Longitude: "4.7" })).toBeNull();
    expect(content({ Latitude: "abc", Longitude: "4.7" })).toBeNull();
  });

  it("keeps a short code's digits as the destination", () => {
    const parsed = twilio("twilio-sms-inbound-to-shortcode");
    if (parsed.kind !== "message") throw new Error("expected a message");
    expect(parsed.message.to).toBe("384387");
    expect(parsed.message.body).toBe("John Cruz");
  });

  it("reads status callbacks, keyed by message and status, with the error code", () => {
    const failed = twilio("twilio-status-sms-failed-21610");
    expect(failed).toEqual({
      kind: "status",
      dedupeKey: "SMe287d7109a5a925f182f0e07fe5b223b:failed",
      update: {
        providerMessageId: "SMe287d7109a5a925f182f0e07fe5b223b",
        status: "failed",
        errorCode: "21610",
        errorMessage: null,
        // This capture has no From: the status gets no order key and waits for its send by retrying.
        ourAddress: null,
        customerAddress: "+12028831111",
      },
    });
    for (const name of [
      "twilio-status-sms-sent",
      "twilio-status-whatsapp-delivered",
      "twilio-status-whatsapp-sent",
      "twilio-status-messaging-service-sent",
    ]) {
      expect(twilio(name).kind).toBe("status");
    }
  });

  it("treats a request without a message id as nothing to act on", () => {
    expect(parseTwilioCallback({ Body: "hi" })).toEqual({ kind: "other", dedupeKey: null });
  });

  it("caps the media it reads at ten", () => {
    const params: Record<string, string> = { MessageSid: "MM1", From: "+1555", To: "+1666", NumMedia: "99" };
    for (let i = 0; i < 20; i += 1) params[`MediaUrl${i}`] = `https://api.twilio.com/m/${i}`;
    const parsed = parseTwilioCallback(params);
    expect(parsed.kind === "message" && parsed.message.media.length).toBe(10);
  });
});

describe("parseTelesignCallback", () => {
  it("reads an inbound MO SMS", () => {
    const parsed = parseTelesignCallback(payload("telesign-mo-sms-inbound.json"));
    expect(parsed).toMatchObject({
      kind: "message",
      dedupeKey: "0143D53D86A2030BE20025B600000002",
      message: { from: "15555551234", to: null, body: "SMS telesign channel default message", channel: "SMS" },
    });
  });

  it("reads delivery reports as statuses keyed by reference and code", () => {
    const delivered = parseTelesignCallback(payload("telesign-dlr-delivered.json"));
    expect(delivered?.kind).toBe("status");
    const blocked = parseTelesignCallback(payload("telesign-dlr-verify-blocked-230.json"));
    expect(blocked).toMatchObject({ kind: "status", update: { status: "230", errorCode: expect.any(String) } });
  });

  it("reads the external_id we sent as our outbound message id (the signed body's reconciliation key)", () => {
    const report = JSON.parse(payload("telesign-dlr-delivered.json")) as Record<string, unknown>;
    const withOurs = parseTelesignCallback(JSON.stringify({ ...report, external_id: "cmx87t85p000whc7dx5u980gb" }));
    expect(withOurs).toMatchObject({ kind: "status", update: { outboundMessageId: "cmx87t85p000whc7dx5u980gb" } });
    expect(parseTelesignCallback(JSON.stringify({ ...report, external_id: undefined }))).toMatchObject({
      update: { outboundMessageId: null },
    });
  });

  it("refuses bodies that aren't TeleSign JSON", () => {
    expect(parseTelesignCallback("not json")).toBeNull();
    expect(parseTelesignCallback(JSON.stringify({ hello: 1 }))).toBeNull();
  });
});

describe("bareAddress", () => {
  it("drops the WhatsApp prefix and gives TeleSign digits a plus", () => {
    expect(bareAddress("whatsapp:+31612345678")).toBe("+31612345678");
    expect(bareAddress("15555551234")).toBe("+15555551234");
    expect(bareAddress("+15555551234")).toBe("+15555551234");
  });
});

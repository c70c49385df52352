import { describe, expect, it } from "vitest";
import type { InboundContent } from "../message-engine/inbound-parse";
import { mapLink, parseStoredContent, previewOf, safeExternalLink, serializeContent } from "./message-content";

const location: InboundContent = {
  type: null,
  location: {
    latitude: 52.303897857666016,
    longitude: 4.750025749206543,
    label: "Microsoft",
    address: "Evert van de Beekstraat 354, Schiphol",
  },
  button: null,
  listReply: null,
  referral: null,
};

describe("previewOf", () => {
  it("prefers the text", () => {
    expect(previewOf("  Hello\n there ", 0)).toBe("Hello there");
  });

  it("shows a location by its label and address, else its coordinates — never nothing", () => {
    expect(previewOf("", [], location)).toBe("📍 Microsoft — Evert van de Beekstraat 354, Schiphol");
    expect(previewOf("", [], { ...location, location: { latitude: 1.5, longitude: -2.25, label: null, address: null } })).toBe(
      "📍 1.500000, -2.250000",
    );
  });

  it("shows button and list replies, contact cards, files, ads and unknown kinds", () => {
    const empty: InboundContent = { type: null, location: null, button: null, listReply: null, referral: null };
    expect(previewOf("", [], { ...empty, button: { text: "Yes", payload: "y" } })).toBe("🔘 Yes");
    expect(previewOf("", [], { ...empty, listReply: { id: "a", title: "Tuesday", description: null } })).toBe("🔘 Tuesday");
    expect(previewOf("", [{ contentType: "text/vcard" }])).toBe("👤");
    expect(previewOf("", [{ contentType: "image/webp" }])).toBe("📎");
    expect(previewOf("", 2)).toBe("📎");
    expect(previewOf("", [], { ...empty, referral: { headline: "Spring sale", body: null, sourceType: "ad", sourceUrl: null } })).toBe(
      "📣 Spring sale",
    );
    expect(previewOf("", [], { ...empty, type: "reaction" })).toBe("💬 reaction");
    expect(previewOf(null, 0)).toBeNull();
  });
});

describe("stored content", () => {
  it("round-trips and ignores what it can't read", () => {
    expect(parseStoredContent(serializeContent(location))).toEqual(location);
    expect(parseStoredContent("not json")).toBeNull();
    expect(parseStoredContent(null)).toBeNull();
    expect(
      parseStoredContent(JSON.stringify({ ...location, location: { latitude: 200, longitude: 0, label: null, address: null } }))?.location,
    ).toBeNull();
  });
});

describe("links", () => {
  it("points the map at the coordinates", () => {
    expect(mapLink({ latitude: 52.303897857666016, longitude: 4.750025749206543 })).toBe(
      "https://www.openstreetmap.org/?mlat=52.303898&mlon=4.750026#map=16/52.303898/4.750026",
    );
  });

  it("only links http(s)", () => {
    expect(safeExternalLink("https://fb.me/ad")).toBe("https://fb.me/ad");
    expect(safeExternalLink("javascript:alert(1)")).toBeNull();
    expect(safeExternalLink("not a url")).toBeNull();
  });
});
